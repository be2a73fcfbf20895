/**
 * Starts the background jobs once per server instance. Every job coordinates through
 * PostgreSQL leases, so any number of instances may run them side by side.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.BACKGROUND_JOBS === "off") return;
  // `next build` loads this file too, and a build must never touch the database.
  if (process.env.NEXT_PHASE === "phase-production-build") return;

  const { startBreachScheduler } = await import("@/lib/charter/breach-scheduler");
  startBreachScheduler();

  const { startEmailDelivery } = await import("@/lib/notifications/start-email-delivery");
  startEmailDelivery();

  const { startReminderScheduler } = await import("@/lib/appointments/start-reminder-scheduler");
  startReminderScheduler();
}
