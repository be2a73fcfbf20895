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
  experimental: {
    agentUpgrade: false,
    authInterrupts: true,
    // Upload forms post up to 5 files of 10 MB each (lib/uploads/upload-rules.ts) through server
    // actions and the proxy, whose defaults stop a body at 1 MB and 10 MB. The extra 5 MB covers
    // the form's other fields and multipart boundaries.
    serverActions: { bodySizeLimit: "55mb" },
    proxyClientMaxBodySize: "55mb",
  },
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
