import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";

import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/policy";
import { categoriesAdminPath, categoryEditPath, charterAdminPath } from "@/lib/charter/admin/admin-paths";
import { getTicketCategory, listStandardCodes } from "@/lib/tickets/categories/ticket-category-admin";

import { CategoryForm } from "./category-form";

type CategoryPageProps = { params: Promise<{ id: string }> };

async function loadCategory(id: string) {
  const user = await requirePermission("admin:config", { returnTo: categoryEditPath(id) });
  const category = /^[0-9a-f-]{36}$/i.test(id) ? await getTicketCategory(user, id) : null;
  if (!category) notFound();

  return { user, category };
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const { category } = await loadCategory((await params).id);
  const t = await getTranslations("backofficeAdmin.category");
  return { title: t("title", { label: category.labelIt }) };
}

export default async function TicketCategoryPage({ params }: CategoryPageProps) {
  const { user, category } = await loadCategory((await params).id);
  const standards = await listStandardCodes(user, category.division);

  const t = await getTranslations("backofficeAdmin");
  const tBackOffice = await getTranslations("backoffice");
  const tAreas = await getTranslations("areas");

  return (
    <>
      <PageHeader
        title={t("category.title", { label: category.labelIt })}
        description={t("category.description", { division: tBackOffice(`divisions.${category.division}`), code: category.code })}
        breadcrumb={[
          { label: tAreas("backOffice.title"), href: "/back-office" },
          { label: t("standards.title"), href: charterAdminPath },
          { label: t("categories.title"), href: categoriesAdminPath },
          { label: category.code },
        ]}
      />
      <CategoryForm
        categoryId={category.id}
        defaults={{
          labelIt: category.labelIt,
          labelEn: category.labelEn,
          labelAr: category.labelAr,
          nature: category.nature,
          serviceStandardCode: category.serviceStandardCode ?? "",
          active: category.active ? "on" : "",
        }}
        natures={[
          { value: "administrative", label: tBackOffice("natures.administrative") },
          { value: "technical", label: tBackOffice("natures.technical") },
        ]}
        standards={standards.map((standard) => ({ value: standard.code, label: `${standard.name} (${standard.code})` }))}
      />
    </>
  );
}
