import type { Locale } from "./i18n/locales";
import { localizeFieldMessages, translateKey, type LocalizedMessage } from "./i18n/translator";
/**
 * The one error type the domain and the queries throw. Route handlers and actions map
 * `code` to an HTTP status or a form state in one place; `cause` keeps the original error.
 */
export type AppErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "TOO_MANY_REQUESTS" | "UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Field-level messages for INVALID errors, keyed by input field name: text, or keys of the `Validation` catalogue. */
  readonly fields?: Record<string, string>;
  /** The message as a catalogue key, for the person's own language; `message` is its English text (logs, the API). */
  readonly localized?: LocalizedMessage;

  constructor(code: AppErrorCode, message: string | LocalizedMessage, options?: { cause?: unknown; fields?: Record<string, string> }) {
    super(typeof message === "string" ? message : (translateKey("en", message.key, message.values) ?? message.key), { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options?.fields;
    if (typeof message !== "string") this.localized = message;
  }
}

/**
 * An AppError's message and field messages in `locale` (English for the HTTP API); field
 * messages are filled with the error's own values. A CONFLICT's fields are the other person's
 * saved values, not messages: they pass through as they are.
 */
export function localizeAppError(error: AppError, locale: Locale): { message: string; fields?: Record<string, string> } {
  const message = error.localized ? (translateKey(locale, error.localized.key, error.localized.values) ?? error.message) : error.message;
  if (!error.fields) return { message };
  return { message, fields: error.code === "CONFLICT" ? error.fields : localizeFieldMessages(error.fields, locale, error.localized?.values) };
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
