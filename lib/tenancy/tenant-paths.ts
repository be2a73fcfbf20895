/** Paths of the tenant area (Sportello Virtuale) sections built on the tenancy. */
export const tenantPaths = {
  home: "/sportello-virtuale",
  dwelling: "/sportello-virtuale/alloggio",
  rent: "/sportello-virtuale/canone",
  reports: "/sportello-virtuale/segnalazioni",
  contacts: "/sportello-virtuale/contatti",
  household: "/sportello-virtuale/nucleo",
} as const;

export function rentStatementPath(month: string): string {
  return `${tenantPaths.rent}/${month}`;
}

export function rentStatementPdfPath(month: string): string {
  return `${tenantPaths.rent}/${month}/pdf`;
}
