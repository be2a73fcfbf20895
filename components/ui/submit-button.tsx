"use client";

import type { ButtonHTMLAttributes } from "react";
import { useFormStatus } from "react-dom";

import { buttonClassName, type ButtonSize, type ButtonVariant } from "@/components/ui/button";

type SubmitButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type"> & {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Label while the form is being sent, for example "Invio in corso…". */
  pendingLabel?: string;
};

/**
 * Renders a submit button that blocks double submission while its form's action runs.
 * It uses `aria-disabled` rather than `disabled` so keyboard focus stays on it.
 */
export function SubmitButton({ variant, size, className, pendingLabel, children, onClick, ...buttonProps }: SubmitButtonProps) {
  const { pending } = useFormStatus();

  return (
    <button
      {...buttonProps}
      type="submit"
      aria-disabled={pending || undefined}
      onClick={(event) => {
        if (pending) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      className={`${buttonClassName(variant, size)} ${className ?? ""}`}
    >
      {pending && pendingLabel ? pendingLabel : children}
    </button>
  );
}
