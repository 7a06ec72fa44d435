/**
 * File names for downloads, made from a title the user chose. The name must be harmless on
 * every system it is saved to (no path, no device name, no characters Windows refuses, no
 * bidi tricks that make `exe.txt` look like `txt.exe`), and the `Content-Disposition` header
 * that carries it must be valid: Node throws on a header with CR, LF, NUL or characters
 * beyond Latin-1, so the header itself is plain ASCII.
 */

/** Longest file name, extension included, in UTF-16 code units. */
const maxNameLength = 100;

/**
 * What a file name cannot hold: C0 and C1 control characters and DEL; bidi controls
 * (embeddings, overrides, isolates, LRM/RLM and the Arabic letter mark), which can make a
 * name read backwards; and the characters Windows forbids, which include the path separators.
 */
const forbidden = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069/\\:*?"<>|]/g;

/**
 * Windows device names, reserved whatever the case and whatever follows the first dot
 * (`CON.csv` opens the console), including the superscript-digit ports.
 */
const deviceName = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(?= *(?:\.|$))/i;

/** `title` as a safe base name: see `downloadFileName`. May be empty. */
function baseName(title: string): string {
  return title
    .toWellFormed()
    .normalize("NFC")
    .replace(/\s+/g, " ")
    .replace(forbidden, "")
    .replace(/ {2,}/g, " ")
    .replace(/^[. ]+|[. ]+$/g, "")
    .replace(deviceName, "$1_");
}

/** `text` cut to at most `length` code units, without leaving half a surrogate pair. */
function cut(text: string, length: number): string {
  if (text.length <= length) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length;
  return text.slice(0, end);
}

/**
 * The Unicode file name for a download of `title` as `extension` (a short ASCII extension
 * such as "csv", chosen by the code, not the user): NFC; whitespace (tabs and line breaks
 * included) collapsed to single spaces; control and bidi characters and `/ \ : * ? " < > |`
 * removed; no leading or trailing dots or spaces; a Windows device name gets a `_`
 * (`CON` → `CON_`); "export" when nothing is left. The base is shortened so the whole name
 * is at most 100 UTF-16 code units. Lone surrogates become U+FFFD.
 */
export function downloadFileName(title: string, extension: string): string {
  const base = cut(baseName(title), maxNameLength - extension.length - 1).replace(/[. ]+$/, "");
  return `${base === "" ? "export" : base}.${extension}`;
}

/** `%XX` for one ASCII character. */
function percentEncode(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * A `Content-Disposition` header value for a download of `title` as `extension`:
 * `attachment; filename="<ascii>"; filename*=UTF-8''<pct-encoded>` (RFC 6266, RFC 5987).
 * `filename` is the name with every character outside printable ASCII, and `%` (which some
 * browsers would decode), replaced by `_`, for clients that ignore `filename*`; `filename*`
 * is the full Unicode name, UTF-8 and percent-encoded, with `'()*` encoded too since
 * RFC 5987 does not allow them bare. The value is ASCII and never holds CR, LF or NUL.
 */
export function contentDisposition(title: string, extension: string, disposition: "attachment" | "inline" = "attachment"): string {
  const name = downloadFileName(title, extension);
  const ascii = name.replace(/[^\x20-\x7e]|%/g, "_");
  const encoded = encodeURIComponent(name).replace(/['()*]/g, percentEncode);
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
