import { useLocale, useTranslations } from "next-intl";
import type { InputHTMLAttributes } from "react";

import { describedByOf, FieldFrame, type FieldProps } from "@/components/ui/field-parts";
import { acceptAttribute, MAX_FILES_PER_SUBMISSION, MAX_UPLOAD_BYTES, uploadKinds, type UploadKind } from "@/lib/uploads/upload-rules";

const kindLabels: Record<UploadKind, string> = { pdf: "PDF", jpeg: "JPEG", png: "PNG" };

type FileFieldProps = Omit<FieldProps, "hint"> &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "required" | "type" | "accept"> & {
    /** Kinds the server accepts for this field; the picker shows only these. */
    kinds?: readonly UploadKind[];
    multiple?: boolean;
    /** Extra words before the standard limits, such as which document is wanted. */
    hint?: string;
  };

/**
 * A labelled file input whose hint states the limits the server enforces. Browsers never
 * refill a file input, so after an error the hint asks to choose the files again.
 */
export function FileField({ id, name, label, hint, error, required, kinds, multiple = false, className, ...inputProps }: FileFieldProps) {
  const t = useTranslations("uploads");
  const locale = useLocale();
  const formats = new Intl.ListFormat(locale, { type: "disjunction" }).format((kinds ?? uploadKinds).map((kind) => kindLabels[kind]));
  const limits = t("hint", { formats, megabytes: MAX_UPLOAD_BYTES / (1024 * 1024), limit: multiple ? MAX_FILES_PER_SUBMISSION : 1 });
  const fullHint = [hint, limits, error ? t("chooseAgain") : null].filter(Boolean).join(" ");

  return (
    <FieldFrame id={id} label={label} hint={fullHint} error={error} required={required} className={className}>
      <input
        {...inputProps}
        id={id}
        name={name}
        type="file"
        multiple={multiple}
        accept={acceptAttribute(kinds)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf({ id, hint: fullHint, error })}
        className="mt-1 block w-full rounded border-2 border-slate-500 bg-white p-2 text-slate-900 file:me-3 file:rounded file:border-0 file:bg-slate-800 file:px-3 file:py-1.5 file:font-semibold file:text-white"
      />
    </FieldFrame>
  );
}
