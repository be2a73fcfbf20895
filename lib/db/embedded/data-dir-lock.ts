import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

const LOCK_FILE_NAME = "embedded-server.pid";

/**
 * Claims a PGlite data folder for this process. Two processes writing one folder corrupt it,
 * and PGlite itself does not check, so the folder gets a file with the owner's process id.
 * A file left by a process that is no longer running is taken over. Returns the release
 * function.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, LOCK_FILE_NAME);
  const owner = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());

  if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isProcessRunning(owner)) {
    throw new Error(
      `The embedded database folder ${dataDir} is in use by process ${owner}. Stop that process (for example the other \`npm run demo\`), ` +
        "or set EMBEDDED_DB_DIR to another folder.",
    );
  }

  await writeFile(lockPath, `${process.pid}\n`);
  return () => rm(lockPath, { force: true });
}

function isProcessRunning(pid: number): boolean {
  try {
    // Signal 0 checks that the process exists without affecting it.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
