import { describe, expect, it } from "vitest";

import type { NextConfig } from "next";

import { MAX_FILES_PER_SUBMISSION, MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-rules";

// next.config.js is plain JavaScript without declarations, so it is loaded by path.
const nextConfig = ((await import(`${process.cwd()}/next.config.js`)) as { default: NextConfig }).default;

/** Parses a size such as "55mb" as Next does: binary units. */
function bytesOf(size: string | number | undefined): number {
  if (typeof size === "number") return size;

  const match = /^(\d+)(kb|mb)$/i.exec(size ?? "");
  if (!match) throw new Error(`Invalid size limit ${String(size)}: expected a number of bytes or a size such as "55mb"`);
  return Number(match[1]) * (match[2]!.toLowerCase() === "mb" ? 1024 * 1024 : 1024);
}

describe("request body limits", () => {
  const largestSubmission = MAX_FILES_PER_SUBMISSION * MAX_UPLOAD_BYTES;

  it("lets server actions take a full submission", () => {
    expect(bytesOf(nextConfig.experimental?.serverActions?.bodySizeLimit)).toBeGreaterThan(largestSubmission);
  });

  it("lets the proxy pass a full submission", () => {
    expect(bytesOf(nextConfig.experimental?.proxyClientMaxBodySize)).toBeGreaterThan(largestSubmission);
  });
});
