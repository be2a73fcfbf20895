import { getTranslations } from "next-intl/server";

import { buttonClassName } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

/** Renders a GET form that filters the supply list. The search stays in the URL, so results can be bookmarked. */
export async function SupplySearchForm({ action, search }: { action: string; search: string }) {
  const t = await getTranslations("supplies.list");

  return (
    <form action={action} method="get" role="search" aria-label={t("searchLabel")} className="mb-6 flex flex-wrap items-end gap-3">
      <TextField id="supply-search" name="q" type="search" label={t("searchField")} hint={t("searchHint")} defaultValue={search} className="min-w-64 flex-1" />
      <button type="submit" className={`${buttonClassName("secondary")} mb-0.5`}>
        {t("searchSubmit")}
      </button>
    </form>
  );
}
