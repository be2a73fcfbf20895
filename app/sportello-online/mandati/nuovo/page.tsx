import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { romeDateOf } from "@/lib/charter/rome-time";
import { requestMandateAction } from "@/lib/mandates/mandate-actions";
import { mandatesPath, newMandatePath } from "@/lib/mandates/mandate-paths";

import { MandateRequestForm } from "./mandate-request-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mandates.form");
  return { title: t("title") };
}

export default async function NewMandatePage() {
  await requirePermission("mandate:create:own", { returnTo: newMandatePath });

  const t = await getTranslations("mandates");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader
        title={t("form.title")}
        description={t("form.description")}
        breadcrumb={[{ label: tAreas("sii.title"), href: "/sportello-online" }, { label: t("list.title"), href: mandatesPath }, { label: t("form.title") }]}
      />
      {/* A new key on every view of the form: a second submit of this view finds the first request. */}
      <MandateRequestForm idempotencyKey={randomUUID()} today={romeDateOf(new Date())} action={requestMandateAction} />
    </>
  );
}
