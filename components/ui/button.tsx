import Link from "next/link";
import type { ButtonHTMLAttributes, ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "quiet";
export type ButtonSize = "md" | "sm";

const variantClasses: Record<ButtonVariant, string> = {
  primary: "bg-brand-700 text-white hover:bg-brand-800 border-brand-700",
  secondary: "bg-white text-brand-800 hover:bg-brand-50 border-brand-700",
  danger: "bg-red-700 text-white hover:bg-red-800 border-red-700",
  quiet: "bg-transparent text-brand-800 underline underline-offset-4 hover:bg-brand-50 border-transparent",
};

const sizeClasses: Record<ButtonSize, string> = {
  md: "px-4 py-2 text-base",
  sm: "px-3 py-1 text-sm",
};

/** Tailwind classes of a button; also used to style links and form buttons built elsewhere. */
export function buttonClassName(variant: ButtonVariant = "primary", size: ButtonSize = "md"): string {
  return [
    "inline-flex items-center justify-center gap-2 rounded-md border-2 font-semibold no-underline",
    "disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60",
    variantClasses[variant],
    sizeClasses[size],
  ].join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: ButtonSize };

/** Renders a `<button>`. Its `type` defaults to "button", so that only explicit submit buttons send a form. */
export function Button({ variant, size, className, type = "button", ...buttonProps }: ButtonProps) {
  return <button {...buttonProps} type={type} className={`${buttonClassName(variant, size)} ${className ?? ""}`} />;
}

type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant; size?: ButtonSize };

/** Renders a link that looks like a button, for navigation such as "Accedi" or "Nuova richiesta". */
export function ButtonLink({ variant, size, className, ...linkProps }: ButtonLinkProps) {
  return <Link {...linkProps} className={`${buttonClassName(variant, size)} ${className ?? ""}`} />;
}
