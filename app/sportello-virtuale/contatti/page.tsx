import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { updateContactsAction } from "@/lib/household/household-actions";
import { findContactDetails } from "@/lib/household/update-contact-details";
import { tenantPaths } from "@/lib/tenancy/tenant-paths";

import { ContactForm } from "./contact-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("household.contacts");
  return { title: t("title") };
}

export default async function ContactDetailsPage() {
  const user = await requirePermission("contact:update:own", { returnTo: tenantPaths.contacts });

  const current = await findContactDetails(user);

  const t = await getTranslations("household.contacts");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} breadcrumb={[{ label: tAreas("erp.title"), href: tenantPaths.home }, { label: t("title") }]} />
      {current ? <ContactForm current={current} action={updateContactsAction} /> : <Alert tone="info">{t("noPerson")}</Alert>}
    </>
  );
}
