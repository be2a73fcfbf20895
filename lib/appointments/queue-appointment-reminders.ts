import "server-only";

import { addDays } from "@/lib/charter/plain-date";
import { romeDateOf, startOfRomeDay } from "@/lib/charter/rome-time";
import { db } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";

import { enqueueAppointmentEmail } from "./enqueue-appointment-email";

/** Appointments handled by one run; the next run takes the rest. */
const REMINDER_BATCH_SIZE = 200;

/**
 * Queues the reminder e-mail of every booked appointment that starts tomorrow (Rome time) and
 * has had none. Each appointment is claimed by one conditional UPDATE of `reminderSentAt` in the
 * transaction that writes its e-mail, so overlapping runs on several instances queue each
 * reminder once. Returns the number queued.
 */
export async function queueAppointmentReminders(now: Date, options: { client?: PrismaClient } = {}): Promise<number> {
  const client = options.client ?? db();
  const tomorrow = addDays(romeDateOf(now), 1);

  const due = await client.appointment.findMany({
    where: { state: "booked", reminderSentAt: null, startsAt: { gte: now, lt: startOfRomeDay(addDays(tomorrow, 1)) } },
    orderBy: { startsAt: "asc" },
    take: REMINDER_BATCH_SIZE,
    select: { id: true },
  });

  let queued = 0;
  for (const { id } of due) {
    const sent = await client.$transaction(async (tx) => {
      const claimed = await tx.appointment.updateMany({ where: { id, state: "booked", reminderSentAt: null }, data: { reminderSentAt: now } });
      if (claimed.count !== 1) return false;
      return enqueueAppointmentEmail(tx, id, "reminder", now);
    });
    if (sent) queued += 1;
  }

  if (queued > 0) logger.info({ queued, day: tomorrow }, "appointment reminders queued");
  return queued;
}
