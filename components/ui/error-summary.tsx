"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef } from "react";

import type { ErrorSummaryItem } from "@/components/ui/error-summary-items";

type ErrorSummaryProps = {
  errors: readonly ErrorSummaryItem[];
  /** Heading of the box; defaults to the common "Controlla i dati inseriti". */
  title?: string;
};

/**
 * Lists a form's errors at its top, each linking to its field. It takes focus when
 * it appears, so keyboard and screen-reader users hear the problems first. Each
 * link moves focus to its field instead of only scrolling to it.
 */
export function ErrorSummary({ errors, title }: ErrorSummaryProps) {
  const t = useTranslations("common.forms");
  const headingId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) containerRef.current?.focus();
  }, [hasErrors, errors]);

  if (!hasErrors) return null;

  return (
    <div
      ref={containerRef}
      tabIndex={-1}
      aria-labelledby={headingId}
      data-testid="error-summary"
      className="mb-6 rounded-md border-4 border-red-700 bg-white p-4"
    >
      <h2 id={headingId} className="text-lg font-bold text-slate-900">
        {title ?? t("errorSummaryTitle")}
      </h2>
      <ul className="mt-2 list-disc ps-6">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              className="font-semibold text-red-800 underline"
              onClick={(event) => {
                const field = document.getElementById(error.fieldId);
                if (!field) return;

                event.preventDefault();
                field.focus();
                field.scrollIntoView({ block: "center" });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
