import { z } from "zod";

import { TicketNature } from "@/lib/generated/prisma/enums";

/** Fields an admin edits on a ticket category. Error messages are keys under `backofficeAdmin.errors`. */
export const categoryFormSchema = z.object({
  categoryId: z.uuid({ error: "categoryNotFound" }),
  labelIt: z.string().trim().min(3, { error: "labelRequired" }).max(120, { error: "labelTooLong" }),
  labelEn: z.string().trim().min(3, { error: "labelRequired" }).max(120, { error: "labelTooLong" }),
  labelAr: z.string().trim().min(2, { error: "labelRequired" }).max(120, { error: "labelTooLong" }),
  nature: z.enum(TicketNature, { error: "natureRequired" }),
  /** Empty unbinds the category: its new tickets start no service-standard clock. */
  serviceStandardCode: z.string().trim().max(100, { error: "standardNotFound" }),
  /** A checkbox: "on" when ticked, absent otherwise. */
  active: z.string().transform((value) => value === "on"),
});

export type CategoryInput = z.output<typeof categoryFormSchema>;
