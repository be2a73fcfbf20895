import type { Page } from "@playwright/test";

import { demoPassword } from "@/prisma/seed/accounts";

/** One demo account per role, as the seed creates them, and the area each lands on. */
export const demoAccounts = [
  { role: "holder", email: "titolare@sportello-mm.test", home: "/sportello-online" },
  { role: "condoAdmin", email: "amministratore@sportello-mm.test", home: "/sportello-online" },
  { role: "tenant", email: "inquilino@sportello-mm.test", home: "/sportello-virtuale" },
  { role: "caretaker", email: "custode@sportello-mm.test", home: "/sportello-virtuale" },
  { role: "cafOperator", email: "caf@sportello-mm.test", home: "/caf" },
  { role: "siiOperator", email: "operatore.sii@sportello-mm.test", home: "/back-office" },
  { role: "casaOperator", email: "operatore.casa@sportello-mm.test", home: "/back-office" },
  { role: "supervisor", email: "supervisore@sportello-mm.test", home: "/back-office" },
  { role: "admin", email: "admin@sportello-mm.test", home: "/back-office" },
] as const;

export const tenantHolderEmail = "inquilino.titolare@sportello-mm.test";

/** Signs in through the real form, in Italian, and waits for the redirect away from it. */
export async function signIn(page: Page, email: string, password: string = demoPassword): Promise<void> {
  if (!page.url().includes("/accedi")) await page.goto("/accedi");

  await page.getByLabel("Indirizzo e-mail").fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole("button", { name: "Accedi", exact: true }).click();
  await page.waitForURL((url) => url.pathname !== "/accedi");
}
