import type { InputHTMLAttributes } from "react";

import { controlClassName, describedByOf, FieldFrame, type FieldProps } from "@/components/ui/field-parts";

type TextFieldProps = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "required">;

/** Renders a labelled `<input>` (text, e-mail, number, date...) with its hint and error. */
export function TextField({ id, name, label, hint, error, required, type = "text", className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <input
        {...inputProps}
        id={id}
        name={name}
        type={type}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, hint, error })}
        className={controlClassName(Boolean(error))}
      />
    </FieldFrame>
  );
}
