import type { SelectHTMLAttributes } from "react";

import { controlClassName, describedByOf, FieldFrame, type FieldProps } from "@/components/ui/field-parts";

export type SelectOption = { value: string; label: string; disabled?: boolean };

type SelectFieldProps = FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "required" | "children"> & {
    options: readonly SelectOption[];
    /** Text of an empty first option, so that no choice is preselected. */
    placeholder?: string;
  };

/** Renders a labelled `<select>` with its hint and error. */
export function SelectField({ id, name, label, hint, error, required, options, placeholder, className, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required} className={className}>
      <select
        {...selectProps}
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, hint, error })}
        className={controlClassName(Boolean(error))}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
