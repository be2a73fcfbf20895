import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

import { logger } from "@/lib/log/logger";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps a caller's request id when it is a UUID, else makes one. Next code reads it from `x-request-id`. */
export function assignRequestId(request: IncomingMessage): string {
  const incoming = request.headers["x-request-id"];
  const requestId = typeof incoming === "string" && uuidPattern.test(incoming) ? incoming : randomUUID();

  request.headers["x-request-id"] = requestId;
  return requestId;
}

/** A request the server has tagged with the signed-in user's id before logging starts. */
export type TaggedRequest = IncomingMessage & { sessionUserId?: string | null };

/** Returns the path without its query string, which may carry personal data such as an e-mail. */
function pathOf(url: string | undefined): string {
  return (url ?? "/").split("?")[0] ?? "/";
}

/**
 * Builds the request logger, which writes one line per request with the request id, the user
 * id when signed in, method, path, status and duration. Headers, cookies, query strings and
 * bodies are never logged.
 */
export function createRequestLogger(baseLogger: Logger) {
  return pinoHttp<TaggedRequest, ServerResponse>({
    logger: baseLogger,
    genReqId: (request) => assignRequestId(request),
    customAttributeKeys: { reqId: "requestId", responseTime: "durationMs" },
    quietReqLogger: true,
    customProps: (request) => ({ userId: request.sessionUserId ?? null }),
    serializers: {
      req: (request: { method?: string; url?: string }) => ({ method: request.method, path: pathOf(request.url) }),
      res: (response: { statusCode?: number }) => ({ status: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => {
      if (error || response.statusCode >= 500) return "error";
      if (response.statusCode >= 400) return "warn";
      return "info";
    },
    customSuccessMessage: () => "request completed",
    customErrorMessage: () => "request failed",
    // Static assets would drown the log, and their failures still surface as Next errors.
    autoLogging: { ignore: (request) => pathOf(request.url).startsWith("/_next/static/") },
  });
}

export const requestLogger = createRequestLogger(logger);
