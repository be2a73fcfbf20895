/** Paths of the census pages. */
export const tenantCensusPath = "/sportello-virtuale/anagrafe";
export const censusBackOfficePath = "/back-office/anagrafe";

export function declarationReviewPath(declarationId: string): string {
  return `${censusBackOfficePath}/dichiarazioni/${declarationId}`;
}
