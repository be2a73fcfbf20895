import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type AlertTone = "info" | "success" | "warning" | "error";

const toneClasses: Record<AlertTone, string> = {
  info: "border-brand-700 bg-brand-50",
  success: "border-green-700 bg-green-50",
  warning: "border-amber-600 bg-amber-50",
  error: "border-red-700 bg-red-50",
};

/** Glyphs drawn beside the title so the tone does not rest on colour alone; screen readers hear the tone name instead. */
const toneGlyphs: Record<AlertTone, string> = { info: "i", success: "✓", warning: "!", error: "✕" };

type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  /**
   * Set when the alert appears after the page has loaded, so assistive technology
   * announces it: errors as `role="alert"`, other tones as `role="status"`.
   */
  live?: boolean;
  className?: string;
};

/** Renders a boxed message inside the page: information, confirmation, warning or error. */
export function Alert({ tone = "info", title, children, live = false, className }: AlertProps) {
  const t = useTranslations("common.alert");
  let role: "alert" | "status" | undefined;
  if (live) role = tone === "error" ? "alert" : "status";

  return (
    <div role={role} className={`flex gap-3 rounded-md border-s-4 p-4 text-slate-900 ${toneClasses[tone]} ${className ?? ""}`}>
      <span aria-hidden="true" className="flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-900 text-sm font-bold text-white">
        {toneGlyphs[tone]}
      </span>
      <div>
        <span className="sr-only">{t(tone)}: </span>
        {title ? <p className="font-bold">{title}</p> : null}
        {children ? <div className={title ? "mt-1" : undefined}>{children}</div> : null}
      </div>
    </div>
  );
}
