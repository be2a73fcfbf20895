"use client";

import { useTranslations } from "next-intl";

import type { ButtonSize, ButtonVariant } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";
import { signOutAction } from "@/lib/auth/sign-out-action";

type SignOutButtonProps = {
  /** Defaults to the white "secondary" style, readable on the dark header and on the page alike. */
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Extra classes for the button. */
  className?: string;
};

/** "Esci": a one-button form that ends the session and lands on the sign-in page. */
export function SignOutButton({ variant = "secondary", size = "sm", className }: SignOutButtonProps) {
  const t = useTranslations("auth.signOut");

  return (
    <form action={signOutAction}>
      <SubmitButton variant={variant} size={size} className={className} pendingLabel={t("pending")}>
        {t("button")}
      </SubmitButton>
    </form>
  );
}
