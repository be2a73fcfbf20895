// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets several builds of one checkout coexist, for example parallel e2e runs.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // `next dev` would print server action arguments, and the sign-in form state contains the e-mail.
  logging: { serverFunctions: false },
  // `next dev` would otherwise write an AGENTS.md into the project.
  agentRules: false,
  experimental: { agentUpgrade: false, authInterrupts: true },
  // Native and WebAssembly packages stay outside the server bundle.
  // proxy.ts sets these with the nonce CSP on pages; this covers what it skips: static files,
  // prefetches and 404s of paths with a file extension.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  serverExternalPackages: ["@node-rs/argon2", "pino", "pdfkit", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
};

export default withNextIntl(nextConfig);
