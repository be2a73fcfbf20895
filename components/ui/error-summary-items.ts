/** One line of a form's error summary: the message and the id of the input it links to. */
export type ErrorSummaryItem = { fieldId: string; message: string };

/**
 * Builds summary lines from per-field messages (for example zod's
 * `flatten().fieldErrors`), keeping the order of `fieldOrder` so the summary reads
 * like the form. Only the first message of each field is listed.
 */
export function errorSummaryItemsFrom(
  fieldErrors: Partial<Record<string, string | string[] | undefined>>,
  fieldOrder: readonly string[],
  fieldIdOf: (field: string) => string = (field) => field,
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] = [];

  for (const field of fieldOrder) {
    const value = fieldErrors[field];
    const message = Array.isArray(value) ? value[0] : value;

    if (message) items.push({ fieldId: fieldIdOf(field), message });
  }

  return items;
}
