import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const BUILD_ID = path.resolve(distDir, "BUILD_ID");

/** The running `next build`, so a shutdown can stop it. */
export let runningBuild: ChildProcess | undefined;

/** Returns why a build is needed, or null: no `.next/BUILD_ID` yet, or DEMO_REBUILD=1. */
export function buildReason(): string | null {
  if (process.env.DEMO_REBUILD === "1") return "DEMO_REBUILD=1";
  if (!existsSync(BUILD_ID)) return `no production build in ${distDir}`;
  return null;
}

/** Runs `next build` in a child process with this process's environment and output. */
export function runNextBuild(): Promise<void> {
  const nextCli = createRequire(import.meta.url).resolve("next/dist/bin/next");

  return new Promise((resolve, reject) => {
    // The demo must work offline, so Next.js telemetry stays off.
    const child = spawn(process.execPath, [nextCli, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    runningBuild = child;

    child.on("error", reject);
    child.on("exit", (code, signal) => {
      runningBuild = undefined;
      if (code === 0) resolve();
      else reject(new Error(`next build failed (${signal ? `signal ${signal}` : `exit code ${code}`}); its output is above.`));
    });
  });
}
