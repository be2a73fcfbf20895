import { getTranslations } from "next-intl/server";
import { Suspense } from "react";

import { FlashCenter, type ShownFlash } from "@/components/shell/flash-center";
import { readFlash } from "@/lib/flash/read-flash";
import { logger } from "@/lib/log/logger";

/**
 * Renders a live region on every page, so that a message a server action leaves
 * before redirecting is announced when it appears.
 */
export async function FlashRegion() {
  const flash = await readFlash();
  const t = await getTranslations();

  let initial: ShownFlash | null = null;
  if (flash && t.has(flash.messageKey)) {
    initial = { id: flash.id, tone: flash.tone, text: t(flash.messageKey, flash.values) };
  } else if (flash) {
    logger.warn({ messageKey: flash.messageKey }, "flash message dropped: key not found in the catalogs");
  }

  return (
    <div role="status" className="px-4">
      <Suspense fallback={null}>
        <FlashCenter initial={initial} dismissLabel={t("common.flash.dismiss")} />
      </Suspense>
    </div>
  );
}
