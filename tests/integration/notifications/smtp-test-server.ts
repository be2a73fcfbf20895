import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";

/** A message as the SMTP server received it: envelope recipients and the decoded headers and body. */
export type ReceivedEmail = { recipients: string[]; subject: string; text: string; raw: string };

export type SmtpTestServer = { url: string; received: ReceivedEmail[]; close: () => Promise<void> };

export type SmtpTestServerOptions = {
  /** Port on 127.0.0.1; default 0, a free port the system picks. */
  port?: number;
  /** Called with each accepted message, after it is added to `received`. */
  onMessage?: (email: ReceivedEmail) => void;
};

/** Starts an SMTP server on 127.0.0.1 that keeps every message it accepts. */
export async function startSmtpTestServer(options: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const received: ReceivedEmail[] = [];

  const server = new SMTPServer({
    authOptional: true,
    // Without STARTTLS nodemailer sends in plain text, so the test needs no certificate.
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const email = { recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address), ...decodeMessage(raw), raw };
        received.push(email);
        options.onMessage?.(email);
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Splits a single-part message into its subject and text, undoing quoted-printable or base64. */
function decodeMessage(raw: string): { subject: string; text: string } {
  const separator = raw.indexOf("\r\n\r\n");
  const headerBlock = raw.slice(0, separator).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(separator + 4);

  const headers = new Map<string, string>();
  for (const line of headerBlock.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }

  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  return { subject: decodeEncodedWords(headers.get("subject") ?? ""), text: decodeBody(body, encoding) };
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r\n/g, "");
  const bytes: number[] = [];

  for (let index = 0; index < joined.length; index++) {
    const character = joined[index]!;
    if (character === "=" && /^[0-9A-F]{2}$/i.test(joined.slice(index + 1, index + 3))) {
      bytes.push(parseInt(joined.slice(index + 1, index + 3), 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(character, "utf8"));
    }
  }

  return Buffer.from(bytes).toString("utf8");
}

/** Decodes RFC 2047 words such as `=?UTF-8?Q?...?=` or `=?UTF-8?B?...?=` in a header value. */
function decodeEncodedWords(value: string): string {
  // Whitespace between two adjacent encoded words is folding, not part of the text.
  const joined = value.replace(/\?=\s+=\?/g, "?==?");
  return joined.replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, kind: string, text: string) =>
    kind.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}
