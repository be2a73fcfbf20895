import { defineConfig } from "prisma/config";

// Prisma 7 reads no .env file, and env("DATABASE_URL") would make `prisma generate`
// fail where the variable is unset, so the URL falls back to the local server.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
  },
});
