import pino from "pino";

/**
 * The one application logger. Fields that may carry secrets or personal data are
 * redacted even if a caller passes them by mistake.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: "sportello-mm" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "token",
      "*.token",
      "email",
      "*.email",
      "codiceFiscale",
      "*.codiceFiscale",
      "headers.cookie",
      "headers.authorization",
      "req.headers.cookie",
      "req.headers.authorization",
    ],
    censor: "[redacted]",
  },
});
