/**
 * Why an import (a fetched page or an uploaded file) was refused or failed. The codes are
 * stable and meant for code (metrics, tests, choosing a form field); the message is written
 * for the person at the import form and may be shown to them as it is.
 */
export type ImportErrorCode =
  | "invalid-url"
  | "scheme"
  | "port"
  | "credentials"
  | "private-address"
  | "dns"
  | "timeout"
  | "too-large"
  | "content-type"
  | "http-status"
  | "too-many-redirects"
  | "network"
  | "file-type";

/** The one error type `lib/import` throws for anything the user can act on. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = "ImportError";
    this.code = code;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}
