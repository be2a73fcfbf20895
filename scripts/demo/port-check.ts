import { createServer } from "node:net";

/**
 * Fails fast when the port is taken, before the demo spends time on the database and the
 * build only to fail at the end.
 */
export async function assertPortFree(port: number, hostname: string): Promise<void> {
  const probe = createServer();

  await new Promise<void>((resolve, reject) => {
    probe.once("error", (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === "EADDRINUSE"
          ? `port ${port} on ${hostname} is already in use: stop the other server or choose another port, e.g. PORT=3100 npm run demo`
          : `cannot listen on ${hostname}:${port}: ${error.message}`;
      reject(new Error(reason));
    });
    probe.listen(port, hostname, () => probe.close(() => resolve()));
  });
}
