/**
 * Turns the bytes of a page into text. The encoding is chosen as browsers do, minus the
 * guesswork: a byte-order mark wins, then the `charset` from the Content-Type header, then
 * (for HTML only) a `<meta charset>` / `<meta http-equiv="Content-Type">` in the first 1024
 * bytes, else UTF-8. Unknown labels fall back to UTF-8. Decoding is never fatal: invalid
 * sequences become U+FFFD. A BOM is never part of the result.
 */
export function decodeBody(bytes: Uint8Array, headerCharset: string | null, isHtml: boolean): string {
  const label = bomEncoding(bytes) ?? headerCharset ?? (isHtml ? metaCharset(bytes) : null) ?? "utf-8";
  const decoder = decoderFor(label);
  const text = decoder.decode(bytes);
  return decoder.encoding === "windows-1252" ? fixWindows1252(text) : text;
}

/**
 * Bytes 0x80–0x9F of windows-1252 (the encoding behind "iso-8859-1" and "latin1" labels).
 * Node 20's TextDecoder decodes them as C1 controls U+0080–U+009F (ISO-8859-1); mapping
 * those back is correct with a fixed decoder too, since the five bytes windows-1252 leaves
 * undefined map to themselves.
 */
const WINDOWS_1252_HIGH =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: false });
  } catch {
    return new TextDecoder("utf-8", { fatal: false });
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

/** The charset a page declares in its first 1024 bytes; UTF-16 declarations mean UTF-8 (HTML spec). */
function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(head);
  const label = match?.[1]?.toLowerCase() ?? null;
  if (label?.startsWith("utf-16")) return "utf-8";
  return label;
}
