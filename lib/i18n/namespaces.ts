/**
 * Message namespaces loaded for every request. Each one is a file
 * `messages/<locale>/<namespace>.json` in all three locales, merged under its own key.
 * Add a namespace here when you add its three files.
 */
export const namespaces = ["common", "auth", "areas", "public", "tickets", "notifications", "requests", "backoffice", "uploads", "practices", "bills", "supplies", "readings", "mandates", "backofficeAdmin", "appointments", "census", "tenant", "rent", "reports", "household", "bonus", "caf", "dashboard", "practiceAnswers", "billing", "ticketEmergencies"] as const;

export type Namespace = (typeof namespaces)[number];
