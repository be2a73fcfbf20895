"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";

import { requirePermission } from "@/lib/auth/policy";
import { isAppError } from "@/lib/errors/app-error";
import { setFlash } from "@/lib/flash/set-flash";
import { logger } from "@/lib/log/logger";

import { findAppointmentCustomer } from "./appointment-customer";
import { agendaPath, appointmentDetailPath, appointmentFormValues, appointmentsPath, type AppointmentFormState } from "./appointment-form-state";
import { bookingFields, bookingSchema, cancelSchema, moveSchema } from "./appointment-schemas";
import { bookAppointment } from "./book-appointment";
import { cancelAppointment, moveAppointment } from "./change-appointment";
import { recordCounterOutcome } from "./office-agenda";

// Every export here is a public POST endpoint: each checks the session and parses its input
// before touching a record, and the domain functions scope every lookup to the customer or office.

/** Booking, moving and cancelling errors the forms word for the customer; any other error is raised. */
const customerErrorCodes = ["appointment.duplicateService", "appointment.slotFull", "appointment.slotUnavailable", "appointment.serviceNotOffered", "appointment.tooLate"] as const;

function customerFormError(error: unknown): string | null {
  for (const code of customerErrorCodes) {
    if (isAppError(error, code)) return code.replace("appointment.", "");
  }
  return null;
}

function fieldErrorsOf(issues: z.core.$ZodIssue[]): Record<string, string> {
  return Object.fromEntries(issues.map((issue) => [String(issue.path[0]), issue.message]));
}

async function requireCustomer(returnTo: string) {
  const user = await requirePermission("appointment:book:own", { returnTo });
  const customer = await findAppointmentCustomer(user);
  return { user, customer };
}

/** Books the chosen slot and redirects to the appointment, or returns the errors and the values sent. */
export async function bookAppointmentAction(_previous: AppointmentFormState, formData: FormData): Promise<AppointmentFormState> {
  const { customer } = await requireCustomer(`${appointmentsPath}/nuovo`);
  const values = appointmentFormValues(formData, ["idempotencyKey", ...bookingFields]);
  if (!customer) return { fieldErrors: {}, formError: "noPerson", values };

  const parsed = bookingSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error.issues);
    return { fieldErrors, formError: fieldErrors.idempotencyKey ? "formExpired" : null, values };
  }

  let appointmentId: string;
  try {
    ({ appointmentId } = await bookAppointment(customer, parsed.data));
  } catch (error) {
    const formError = customerFormError(error);
    if (!formError) throw error;
    logger.info({ userId: customer.userId, code: formError }, "appointment booking rejected");
    return { fieldErrors: {}, formError, values };
  }

  await setFlash({ tone: "success", messageKey: "appointments.flash.booked" });
  redirect(appointmentDetailPath(appointmentId));
}

/** Moves the customer's appointment to the chosen slot, or returns the error. */
export async function moveAppointmentAction(appointmentId: string, _previous: AppointmentFormState, formData: FormData): Promise<AppointmentFormState> {
  const { customer } = await requireCustomer(appointmentDetailPath(appointmentId));
  if (!customer) notFound();

  const values = appointmentFormValues(formData, ["startsAt"]);
  const parsed = moveSchema.safeParse({ appointmentId, ...values });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "appointmentId")) notFound();
    return { fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null, values };
  }

  try {
    await moveAppointment(customer, parsed.data);
  } catch (error) {
    if (isAppError(error, "appointment.notFound")) notFound();
    const formError = customerFormError(error);
    if (!formError) throw error;
    return { fieldErrors: {}, formError, values };
  }

  await setFlash({ tone: "success", messageKey: "appointments.flash.moved" });
  redirect(appointmentDetailPath(appointmentId));
}

/** Cancels the customer's appointment and returns to the list, or returns the error. */
export async function cancelAppointmentAction(appointmentId: string, _previous: AppointmentFormState, formData: FormData): Promise<AppointmentFormState> {
  const { customer } = await requireCustomer(appointmentDetailPath(appointmentId));
  if (!customer) notFound();

  const values = appointmentFormValues(formData, ["reason"]);
  const parsed = cancelSchema.safeParse({ appointmentId, ...values });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "appointmentId")) notFound();
    return { fieldErrors: fieldErrorsOf(parsed.error.issues), formError: null, values };
  }

  try {
    await cancelAppointment(customer, parsed.data);
  } catch (error) {
    if (isAppError(error, "appointment.notFound")) notFound();
    const formError = customerFormError(error);
    if (!formError) throw error;
    return { fieldErrors: {}, formError, values };
  }

  await setFlash({ tone: "success", messageKey: "appointments.flash.cancelled" });
  redirect(appointmentsPath);
}

const outcomeSchema = z.object({
  appointmentId: z.uuid(),
  outcome: z.enum(["arrived", "served", "noShow"]),
  officeId: z.uuid(),
  date: z.iso.date(),
});

/** Records an operator's mark on an appointment of the agenda and reloads the agenda. */
export async function recordCounterOutcomeAction(formData: FormData): Promise<void> {
  const user = await requirePermission("area:backOffice", { returnTo: agendaPath });

  const parsed = outcomeSchema.safeParse(appointmentFormValues(formData, ["appointmentId", "outcome", "officeId", "date"]));
  if (!parsed.success) notFound();
  const back = `${agendaPath}?office=${parsed.data.officeId}&date=${parsed.data.date}`;

  try {
    await recordCounterOutcome(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "appointment.notFound")) notFound();
    if (!isAppError(error, "appointment.outcomeNotAllowed")) throw error;
    await setFlash({ tone: "warning", messageKey: "appointments.flash.outcomeNotAllowed" });
    redirect(back);
  }

  await setFlash({ tone: "success", messageKey: `appointments.flash.${parsed.data.outcome}` });
  redirect(back);
}
