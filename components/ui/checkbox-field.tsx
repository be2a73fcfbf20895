import { useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";

import { describedByOf, errorIdOf, hintIdOf, type FieldProps } from "@/components/ui/field-parts";

type CheckboxFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "required" | "type">;

/** Renders a checkbox with its label beside it (consents, declarations), plus hint and error below. */
export function CheckboxField({ id, name, label, hint, error, required, className, value = "on", ...inputProps }: CheckboxFieldProps) {
  const t = useTranslations("common.forms");

  return (
    <div className={`${className ?? "mb-5"} ${error ? "border-s-4 border-red-700 ps-3" : ""}`}>
      {error ? (
        <p id={errorIdOf(id)} className="mb-1 text-sm font-semibold text-red-800">
          <span className="sr-only">{t("errorPrefix")} </span>
          {error}
        </p>
      ) : null}
      <div className="flex items-start gap-3">
        <input
          {...inputProps}
          id={id}
          name={name}
          type="checkbox"
          value={value}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf({ id, hint, error })}
          className="mt-1 size-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={id} className="text-slate-900">
          {label}
          {required ? <span className="ms-1 text-sm text-slate-700">({t("required")})</span> : null}
        </label>
      </div>
      {hint ? (
        <p id={hintIdOf(id)} className="mt-1 ps-8 text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
