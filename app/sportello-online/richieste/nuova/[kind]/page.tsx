import { randomUUID } from "node:crypto";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { formatCalendarDate, formatMoneyCents } from "@/lib/i18n/format";
import { findRequestFormData } from "@/lib/requests/find-request-form-data";
import { submitRequestAction } from "@/lib/requests/request-actions";
import { kindOfSlug, requestsPath } from "@/lib/requests/request-kinds";

import { RequestForm, type RequestFormOptions } from "./request-form";

type KindPageProps = { params: Promise<{ kind: string }> };

export async function generateMetadata({ params }: KindPageProps): Promise<Metadata> {
  const kind = kindOfSlug((await params).kind);
  if (!kind) return {};

  const t = await getTranslations("requests.kinds");
  return { title: t(`${kind}.title`) };
}

export default async function NewRequestPage({ params }: KindPageProps) {
  const { kind: slug } = await params;
  const user = await requirePermission("ticket:create:own", { returnTo: `${requestsPath}/nuova/${slug}` });

  const kind = kindOfSlug(slug);
  if (!kind) notFound();

  const formData = await findRequestFormData(user);
  const locale = await getLocale();
  const t = await getTranslations("requests");
  const tAreas = await getTranslations("areas");

  // Labels are built here so the browser receives plain strings, not the formatting code.
  const options: RequestFormOptions = {
    supplies: formData.supplies.map((supply) => ({ value: supply.id, label: t("form.supplyOption", { code: supply.supplyCode, address: supply.address }) })),
    bills: formData.bills.map((bill) => ({
      value: bill.id,
      label: t("form.billOption", { number: bill.number, date: formatCalendarDate(bill.issuedOn, locale), amount: formatMoneyCents(bill.totalCents, locale), code: bill.supplyCode }),
    })),
    supplyAddressById: Object.fromEntries(formData.supplies.map((supply) => [supply.id, supply.address])),
    supplyCodeById: Object.fromEntries(formData.supplies.map((supply) => [supply.id, supply.supplyCode])),
  };

  const firstSupply = formData.supplies[0];
  const prefill: Record<string, string> = {
    supplyId: kind === "information" || !firstSupply ? "" : firstSupply.id,
    fullName: formData.fullName,
    supplyAddress: firstSupply?.address ?? "",
    replyEmail: formData.email,
    replyPostalAddress: formData.postalAddress,
    customerCode: firstSupply?.supplyCode ?? "",
  };

  return (
    <>
      <PageHeader
        title={t(`kinds.${kind}.title`)}
        description={t(`kinds.${kind}.description`)}
        breadcrumb={[
          { label: tAreas("sii.title"), href: "/sportello-online" },
          { label: t("list.title"), href: requestsPath },
          { label: t("new.title"), href: `${requestsPath}/nuova` },
          { label: t(`kinds.${kind}.title`) },
        ]}
      />
      {/* A new key on every view of the form: a second submit of this view finds the first ticket. */}
      <RequestForm kind={kind} idempotencyKey={randomUUID()} options={options} prefill={prefill} action={submitRequestAction.bind(null, kind)} />
    </>
  );
}
