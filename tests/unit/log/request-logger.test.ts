import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";

import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";

import { assignRequestId, createRequestLogger, type TaggedRequest } from "@/lib/log/request-logger";

type LogLine = Record<string, unknown> & { req: { method: string; path: string }; res: { status: number } };

function captureLogger() {
  const lines: LogLine[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(JSON.parse(String(chunk)) as LogLine);
      callback();
    },
  });
  return { lines, logger: pino({ level: "info" }, destination) };
}

let server: Server | undefined;

afterEach(async () => {
  server?.close();
  server = undefined;
});

async function serve(status: number, logger: pino.Logger): Promise<string> {
  const requestLogger = createRequestLogger(logger);
  server = createServer((request: TaggedRequest, response) => {
    request.sessionUserId = "user-42";
    requestLogger(request, response);
    response.statusCode = status;
    response.end("ok");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

async function waitForLines(lines: LogLine[], count: number): Promise<void> {
  for (let attempt = 0; attempt < 50 && lines.length < count; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("request logger", () => {
  it("writes one line without query, headers or cookies", async () => {
    const { lines, logger } = captureLogger();
    const base = await serve(200, logger);

    await fetch(`${base}/accedi?email=mario.rossi%40example.org`, {
      headers: { cookie: "authjs.session-token=secret-value", authorization: "Bearer secret-token" },
    });
    await waitForLines(lines, 1);

    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line.req).toEqual({ method: "GET", path: "/accedi" });
    expect(line.res).toEqual({ status: 200 });
    expect(line.userId).toBe("user-42");
    expect(line.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof line.durationMs).toBe("number");
    expect(line.level).toBe(30);
    const text = JSON.stringify(line);
    expect(text).not.toContain("mario.rossi");
    expect(text).not.toContain("secret-value");
    expect(text).not.toContain("secret-token");
  });

  it("logs server errors at error level", async () => {
    const { lines, logger } = captureLogger();
    const base = await serve(503, logger);

    await fetch(`${base}/api/health`);
    await waitForLines(lines, 1);

    expect(lines[0]?.level).toBe(50);
    expect(lines[0]?.res).toEqual({ status: 503 });
  });
});

describe("assignRequestId", () => {
  it("keeps a UUID sent by the caller", () => {
    const request = { headers: { "x-request-id": "0b7f6a52-5c1e-4f43-9d1e-2f6c1c9b7a10" } } as unknown as TaggedRequest;

    expect(assignRequestId(request)).toBe("0b7f6a52-5c1e-4f43-9d1e-2f6c1c9b7a10");
  });

  it("replaces a value that is not a UUID", () => {
    const request = { headers: { "x-request-id": "<script>" } } as unknown as TaggedRequest;

    const requestId = assignRequestId(request);

    expect(requestId).not.toBe("<script>");
    expect(requestId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(request.headers["x-request-id"]).toBe(requestId);
  });
});
