import type { TextareaHTMLAttributes } from "react";

import { controlClassName, describedByOf, FieldFrame, type FieldProps } from "@/components/ui/field-parts";

type TextareaFieldProps = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "required">;

/** Renders a labelled `<textarea>` with its hint and error. */
export function TextareaField({ id, name, label, hint, error, required, rows = 5, className, ...textareaProps }: TextareaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
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
    </FieldFrame>
  );
}
