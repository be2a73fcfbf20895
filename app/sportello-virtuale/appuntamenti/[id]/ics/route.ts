import { notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";

import { buildCustomerCalendarFile } from "@/lib/appointments/appointment-calendar-download";
import { findAppointmentCustomer } from "@/lib/appointments/appointment-customer";
import { appointmentCalendarPath } from "@/lib/appointments/appointment-form-state";
import { requirePermission } from "@/lib/auth/policy";
import type { Locale } from "@/lib/i18n/config";

/** Downloads the customer's appointment as an .ics file. Another person's appointment returns 404, like a missing one. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const user = await requirePermission("appointment:book:own", { returnTo: appointmentCalendarPath(id) });
  if (!z.uuid().safeParse(id).success) notFound();

  const customer = await findAppointmentCustomer(user);
  if (!customer) notFound();
  const file = await buildCustomerCalendarFile(customer.personId, id, (await getLocale()) as Locale);
  if (!file) notFound();

  return new Response(file.content, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
