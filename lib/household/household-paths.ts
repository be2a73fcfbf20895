/** Paths of the household-change review in the back office. */
export const householdReviewPath = "/back-office/nuclei";

export function householdReviewDetailPath(practiceId: string): string {
  return `${householdReviewPath}/${practiceId}`;
}
