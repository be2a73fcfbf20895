/** The administrator's mandates in the Sportello Online. */
export const mandatesPath = "/sportello-online/mandati";

/** The mandate request form. */
export const newMandatePath = `${mandatesPath}/nuovo`;

/** The operators' list of mandates in the back office. */
export const backOfficeMandatesPath = "/back-office/mandati";

export function backOfficeMandatePath(mandateId: string): string {
  return `${backOfficeMandatesPath}/${mandateId}`;
}
