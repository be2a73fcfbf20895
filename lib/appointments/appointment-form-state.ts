/**
 * Result of an appointment form's action when it does not redirect: field errors as keys under
 * `appointments.fieldErrors`, a form-wide error key under `appointments.errors`, and the values
 * sent, so the form shows them again.
 */
export type AppointmentFormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
};

export const initialAppointmentFormState: AppointmentFormState = { fieldErrors: {}, formError: null, values: {} };

/** Reads the named fields of a form as strings; a missing field or a file reads as "". */
export function appointmentFormValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => {
    const value = formData.get(field);
    return [field, typeof value === "string" ? value : ""];
  }));
}

/** Paths of the tenant's appointment pages. */
export const appointmentsPath = "/sportello-virtuale/appuntamenti";
export const agendaPath = "/back-office/agenda";

export function appointmentDetailPath(appointmentId: string): string {
  return `${appointmentsPath}/${appointmentId}`;
}

export function appointmentCalendarPath(appointmentId: string): string {
  return `${appointmentDetailPath(appointmentId)}/ics`;
}
