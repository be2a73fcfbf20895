import { createServer, type Server } from "node:http";
import { fileURLToPath } from "node:url";

import next from "next";

import { assignClientAddress } from "@/lib/http/client-address";
import { logger } from "@/lib/log/logger";
import { requestLogger, type TaggedRequest } from "@/lib/log/request-logger";
import { readSessionUserId } from "@/lib/log/session-user-id";

export type ServerOptions = { port: number; hostname?: string; dev: boolean };

/**
 * Starts Next behind a plain Node HTTP server. `next start` has no hook that receives each
 * response's status and duration, so this wrapper writes the one log line per request.
 */
export async function startServer({ port, hostname = "0.0.0.0", dev }: ServerOptions): Promise<Server> {
  const app = next({ dev, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const trustProxy = process.env.TRUST_PROXY === "1";

  const server = createServer(async (request: TaggedRequest, response) => {
    assignClientAddress(request, trustProxy);
    request.sessionUserId = await readSessionUserId(request);
    requestLogger(request, response);
    await handle(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, hostname, () => {
      server.off("error", reject);
      resolve();
    });
  });
  logger.info({ port, dev }, "server listening");
  return server;
}

function portFromEnvironment(): number {
  const port = Number(process.env.PORT ?? "3000");
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`Invalid PORT "${process.env.PORT}": use a whole number from 1 to 65535.`);
  }
  return port;
}

const startedDirectly = process.argv[1] === fileURLToPath(import.meta.url);
if (startedDirectly) {
  const dev = process.env.NODE_ENV !== "production";
  startServer({ port: portFromEnvironment(), dev }).catch((error: unknown) => {
    logger.fatal({ err: error }, "server failed to start");
    process.exit(1);
  });
}
