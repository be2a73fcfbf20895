/** Every role, in the order menus list them. Values match the Prisma `Role` enum. */
export const roles = [
  "holder",
  "condoAdmin",
  "tenant",
  "cafOperator",
  "caretaker",
  "siiOperator",
  "casaOperator",
  "supervisor",
  "admin",
] as const;

export type Role = (typeof roles)[number];

/** The four signed-in faces of the portal and their base paths. */
export const areas = {
  sii: "/sportello-online",
  erp: "/sportello-virtuale",
  caf: "/caf",
  backOffice: "/back-office",
} as const;

export type Area = keyof typeof areas;
