import type { ReactNode } from "react";

type EmptyStateProps = {
  title: ReactNode;
  description?: ReactNode;
  /** A next step, such as a link to create the first item. */
  action?: ReactNode;
};

/** Shown in place of a list or table that has nothing to show, saying why and what to do. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="rounded-md border-2 border-dashed border-slate-400 p-6 text-center">
      <p className="text-lg font-semibold text-slate-900">{title}</p>
      {description ? <p className="mt-2 text-slate-700">{description}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
