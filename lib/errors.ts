/**
 * The one error type the domain and the queries throw. Route handlers and actions map
 * `code` to an HTTP status or a form state in one place; `cause` keeps the original error.
 */
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "TOO_MANY_REQUESTS" | "UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field-level messages for INVALID errors, keyed by input field name. */
  readonly fields?: Record<string, string>;

  constructor(code: AppErrorCode, message: string, options?: { cause?: unknown; fields?: Record<string, string> }) {
    super(message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** HTTP status for each error code; the single mapping used by every route handler. */
export const httpStatusOf: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 422,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  /** A part the server needs is missing (e.g. Chromium for PDF export); the message says how to get it. */
  UNAVAILABLE: 503,
};
