import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const SECRET_FILE = path.resolve(".data", "auth-secret");

/**
 * Sets AUTH_SECRET when it is missing, from `.data/auth-secret`, which is written with a new
 * random secret on first use. Keeping it in a file lets sessions survive a restart of the demo.
 * Also sets AUTH_TRUST_HOST, without which next-auth rejects requests outside `next dev`.
 */
export async function prepareAuthEnvironment(): Promise<void> {
  process.env.AUTH_TRUST_HOST ??= "true";
  if (process.env.AUTH_SECRET) return;

  const stored = (await readFile(SECRET_FILE, "utf8").catch(() => "")).trim();
  if (stored !== "") {
    process.env.AUTH_SECRET = stored;
    return;
  }

  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(SECRET_FILE), { recursive: true });
  await writeFile(SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  process.env.AUTH_SECRET = secret;
}
