import { createHash } from "node:crypto";

/**
 * Canonicalises source text once, at ingestion, before any offset into it exists:
 * line endings become `\n`, the text is NFC-normalised, and a leading byte-order mark is
 * dropped. Every offset the product stores refers to text in this form.
 */
export function canonicaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC");
}

/** Size in UTF-8 bytes, the unit of the source size limit. */
export function utf8ByteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The SHA-256 (hex) of a canonical text's UTF-8 bytes: how a source version's text is fingerprinted. */
export function sha256OfText(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
