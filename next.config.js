// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // `next dev` would print server action arguments, and the sign-in form state holds the e-mail.
  logging: { serverFunctions: false },
  // `next dev` would otherwise write an AGENTS.md into the project.
  agentRules: false,
  experimental: { agentUpgrade: false, authInterrupts: true },
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pino", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
};

export default withNextIntl(nextConfig);
