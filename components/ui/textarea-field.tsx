import type { TextareaHTMLAttributes } from "react";

import { controlClassName, describedByOf, FieldError, FieldHint, FieldLabel, type FieldProps } from "@/components/ui/field-parts";

type TextareaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "required">;

/** Renders a labelled `<textarea>` with its hint and error. */
export function TextareaField({ id, name, label, hint, error, required, rows = 5, className, ...textareaProps }: TextareaFieldProps) {
  return (
    <div className={className ?? "mb-5"}>
      <FieldLabel htmlFor={id} required={required}>
        {label}
      </FieldLabel>
      {hint ? <FieldHint id={id}>{hint}</FieldHint> : null}
      {error ? <FieldError id={id}>{error}</FieldError> : null}
      <textarea
        {...textareaProps}
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, hint, error })}
        className={controlClassName(Boolean(error))}
      />
    </div>
  );
}
