import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** Props every form field shares: a visible label, an optional hint and an optional error. */
export type FieldProps = {
  /** The input's id; the label, hint and error ids derive from it. */
  id: string;
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  /** A sentence that states what is wrong and how to fix it. Its presence sets `aria-invalid`. */
  error?: string;
  required?: boolean;
};

export function hintIdOf(id: string): string {
  return `${id}-hint`;
}

export function errorIdOf(id: string): string {
  return `${id}-error`;
}

/** Returns the `aria-describedby` value that ties the hint and the error to their input. */
export function describedByOf({ id, hint, error }: Pick<FieldProps, "id" | "hint" | "error">): string | undefined {
  const ids = [hint ? hintIdOf(id) : null, error ? errorIdOf(id) : null].filter((value) => value !== null);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldLabel({ htmlFor, required, children }: { htmlFor: string; required?: boolean; children: ReactNode }) {
  const t = useTranslations("common.forms");

  return (
    <label htmlFor={htmlFor} className="block font-semibold text-slate-900">
      {children}
      {required ? <span className="ms-1 text-sm font-normal text-slate-700">({t("required")})</span> : null}
    </label>
  );
}

export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={hintIdOf(id)} className="mt-1 text-sm text-slate-700">
      {children}
    </p>
  );
}

export function FieldError({ id, children }: { id: string; children: ReactNode }) {
  const t = useTranslations("common.forms");

  return (
    <p id={errorIdOf(id)} className="mt-1 text-sm font-semibold text-red-800">
      <span className="sr-only">{t("errorPrefix")} </span>
      {children}
    </p>
  );
}

/** Tailwind classes for text-like controls, with the error state drawn by a thicker red border, not colour alone. */
export function controlClassName(hasError: boolean): string {
  const base =
    "mt-2 block w-full rounded-md border bg-white px-3 py-2 text-base text-slate-900 disabled:bg-slate-100 disabled:text-slate-600";
  return hasError ? `${base} border-2 border-red-700` : `${base} border-slate-500`;
}

/**
 * Wraps a form control with its label, hint and error, in the order screen readers meet them.
 * The control itself links back with `aria-describedby={describedByOf(...)}`.
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  required,
  className,
  children,
}: Pick<FieldProps, "id" | "label" | "hint" | "error"> & { required?: boolean; className?: string; children: ReactNode }) {
  return (
    <div className={className ?? "mb-5"}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
      {children}
    </div>
  );
}
