import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { contactCenterNumber, emergencyServicesNumber } from "@/lib/reports/report-kinds";

/** The numbers to call before writing anything: the ERP 24-hour contact center and 112. */
export async function EmergencyNumbers() {
  const t = await getTranslations("reports.emergency");

  return (
    <Alert tone="error" title={t("title")} className="mb-6">
      <div data-testid="emergency-numbers">
        <p>{t("callFirst")}</p>
        <ul className="mt-2 space-y-1">
          <li>
            {t("contactCenter")}{" "}
            <a href={`tel:${contactCenterNumber.replaceAll(" ", "")}`} className="font-semibold underline" dir="ltr">
              {contactCenterNumber}
            </a>
          </li>
          <li>
            {t("emergencyServices")}{" "}
            <a href={`tel:${emergencyServicesNumber}`} className="font-semibold underline" dir="ltr">
              {emergencyServicesNumber}
            </a>
          </li>
        </ul>
        <p className="mt-2">{t("thenRecord")}</p>
      </div>
    </Alert>
  );
}
