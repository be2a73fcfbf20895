import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePracticeCreator } from "@/lib/practices/practice-guards";
import { submitPracticeAction } from "@/lib/practices/practice-actions";
import { practiceKindOfSlug } from "@/lib/practices/practice-kinds";
import { practicesPath } from "@/lib/practices/practice-paths";
import { findRequestFormData } from "@/lib/requests/find-request-form-data";

import { PracticeForm } from "./practice-form";

type KindPageProps = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: KindPageProps): Promise<Metadata> {
  const kind = practiceKindOfSlug((await params).kind);
  if (!kind) return {};

  const t = await getTranslations("practices.kinds");
  return { title: t(`${kind}.title`) };
}

export default async function NewPracticePage({ params }: KindPageProps) {
  const { kind: slug } = await params;
  const user = await requirePracticeCreator(`${practicesPath}/nuova/${slug}`);

  const kind = practiceKindOfSlug(slug);
  if (!kind) notFound();

  const formData = await findRequestFormData(user);
  const t = await getTranslations("practices");
  const tAreas = await getTranslations("areas");

  const supplies = formData.supplies.map((supply) => ({ value: supply.supplyCode, label: t("form.supplyOption", { code: supply.supplyCode, address: supply.address }) }));
  const prefill: Record<string, string> = {
    email: formData.email,
    billingEmail: formData.email,
    supplyCode: formData.supplies.length === 1 && formData.supplies[0] ? formData.supplies[0].supplyCode : "",
  };

  return (
    <>
      <PageHeader
        title={t(`kinds.${kind}.title`)}
        description={t(`kinds.${kind}.description`)}
        breadcrumb={[
          { label: tAreas("sii.title"), href: "/sportello-online" },
          { label: t("list.title"), href: practicesPath },
          { label: t("new.title"), href: `${practicesPath}/nuova` },
          { label: t(`kinds.${kind}.title`) },
        ]}
      />
      {/* A new key on every view of the form: a second submit of this view finds the first practice. */}
      <PracticeForm kind={kind} idempotencyKey={randomUUID()} supplies={supplies} prefill={prefill} action={submitPracticeAction.bind(null, kind)} />
    </>
  );
}
