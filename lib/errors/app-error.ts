/**
 * An error the application expects and can explain to a user. `code` is a stable, dotted key
 * (for example "ticket.conflict") that the UI turns into a translated sentence through the
 * message catalogs. `message` is for logs and developers only. `status` is the HTTP status a
 * route handler or action responds with.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  /** Plain values the UI may show with the message, such as the record's current state. */
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: string, message: string, status: number, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** Returns true for an `AppError` whose code is `code`, so callers can branch without `instanceof` chains. */
export function isAppError(error: unknown, code?: string): error is AppError {
  if (!(error instanceof AppError)) return false;
  return code === undefined || error.code === code;
}
