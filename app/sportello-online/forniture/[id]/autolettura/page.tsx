import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { findOwnedOrNotFound } from "@/lib/auth/policy";
import { romeDateOf } from "@/lib/charter/rome-time";
import { submitSelfReadingAction } from "@/lib/readings/reading-actions";
import { loadCustomerSupply } from "@/lib/supplies/load-customer-supply";
import { requireSupplyReader } from "@/lib/supplies/supply-access";
import { selfReadingPath, suppliesPath, supplyPath } from "@/lib/supplies/supply-paths";

import { SelfReadingForm } from "./self-reading-form";

type SelfReadingPageProps = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("readings.form");
  return { title: t("title") };
}

export default async function SelfReadingPage({ params }: SelfReadingPageProps) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();

  const { personId } = await requireSupplyReader(selfReadingPath(id));
  const supply = await findOwnedOrNotFound(loadCustomerSupply(personId, id));

  const t = await getTranslations("readings.form");
  const tSupplies = await getTranslations("supplies");
  const tAreas = await getTranslations("areas");
  const takesReadings = (supply.state === "active" || supply.state === "suspended") && supply.meter !== null;

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { code: supply.supplyCode, address: supply.address })}
        breadcrumb={[
          { label: tAreas("sii.title"), href: "/sportello-online" },
          { label: tSupplies("list.title"), href: suppliesPath },
          { label: supply.supplyCode, href: supplyPath(supply.id) },
          { label: t("title") },
        ]}
      />
      {takesReadings ? (
        <>
          <Alert tone="info" className="mb-6 max-w-2xl">
            {t("howTo", { serial: supply.meter?.serialNumber ?? "", digits: supply.meter?.digits ?? 0 })}
          </Alert>
          {/* A new key on every view of the form: a second submit of this view finds the first reading. */}
          <SelfReadingForm idempotencyKey={randomUUID()} today={romeDateOf(new Date())} action={submitSelfReadingAction.bind(null, supply.id)} />
        </>
      ) : (
        <Alert tone="warning">{t("notTakingReadings")}</Alert>
      )}
    </>
  );
}
