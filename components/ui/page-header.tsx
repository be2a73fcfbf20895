import type { ReactNode } from "react";

import { Breadcrumb, type BreadcrumbItem } from "@/components/ui/breadcrumb";

type PageHeaderProps = {
  title: ReactNode;
  description?: ReactNode;
  breadcrumb?: readonly BreadcrumbItem[];
  /** Buttons or links placed at the end of the title row. */
  actions?: ReactNode;
};

/** Renders the page's one `<h1>`, with optional breadcrumb, lead paragraph and actions. */
export function PageHeader({ title, description, breadcrumb, actions }: PageHeaderProps) {
  return (
    <header className="mb-8">
      {breadcrumb ? <Breadcrumb items={breadcrumb} /> : null}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <h1 className="text-3xl font-bold text-slate-900">{title}</h1>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {description ? <p className="mt-3 max-w-3xl text-lg text-slate-700">{description}</p> : null}
    </header>
  );
}
