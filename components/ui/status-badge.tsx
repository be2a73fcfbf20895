export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

/**
 * Tone of the workflow states used across the portal (tickets, readings, practices,
 * bonus applications, payments). A state not listed here shows as neutral.
 */
export const statusTones: Readonly<Record<string, BadgeTone>> = {
  new: "info",
  inProgress: "info",
  waitingForCustomer: "warning",
  reopened: "warning",
  resolved: "success",
  closed: "neutral",
  cancelled: "neutral",
  accepted: "success",
  approved: "success",
  toReview: "warning",
  requested: "info",
  rejected: "danger",
  revoked: "neutral",
  paid: "success",
  unpaid: "warning",
  overdue: "danger",
  active: "success",
  terminated: "neutral",
};

const toneClasses: Record<BadgeTone, string> = {
  neutral: "border-slate-500 bg-slate-100 text-slate-900",
  info: "border-brand-700 bg-brand-50 text-brand-900",
  success: "border-green-700 bg-green-50 text-green-900",
  warning: "border-amber-700 bg-amber-50 text-amber-950",
  danger: "border-red-700 bg-red-50 text-red-900",
};

/** Shapes drawn before the text; the text carries the meaning, colour and shape only reinforce it. */
const toneGlyphs: Record<BadgeTone, string> = { neutral: "○", info: "●", success: "✓", warning: "!", danger: "✕" };

type StatusBadgeProps = {
  /** The translated state name, always shown. */
  label: string;
  /** A workflow state code such as "inProgress"; picks the tone through `statusTones`. */
  status?: string;
  /** Overrides the tone derived from `status`. */
  tone?: BadgeTone;
};

/** Renders a short coloured label for a state, readable without colour because the text names the state. */
export function StatusBadge({ label, status, tone }: StatusBadgeProps) {
  const resolvedTone = tone ?? (status ? statusTones[status] : undefined) ?? "neutral";

  return (
    <span
      data-tone={resolvedTone}
      className={`inline-flex items-center gap-1 rounded-full border px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${toneClasses[resolvedTone]}`}
    >
      <span aria-hidden="true">{toneGlyphs[resolvedTone]}</span>
      {label}
    </span>
  );
}
