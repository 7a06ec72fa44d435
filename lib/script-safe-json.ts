const scriptSpecials = /[<>&\u2028\u2029]/g;
const scriptEscapes: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/**
 * The one way Corroborate writes JSON that leaves the server as a file or inside a page
 * (JSON-LD exports, the reader's inline data): `JSON.stringify`, then `<`, `>` and `&` as
 * `\u003c`, `\u003e`, `\u0026` and U+2028, U+2029 as `\u2028`, `\u2029`.
 *
 * Why: JSON-LD is meant to be pasted into `<script type="application/ld+json">`, where user
 * text such as `</script>` would end the element and `<!--` would confuse it; older
 * JavaScript parsers end a line at U+2028/U+2029. The escapes are JSON's own, so the text
 * parses back to exactly the same value, and outside strings none of these characters occurs.
 *
 * @param indent spaces per level, as `JSON.stringify`'s third argument (none by default).
 * @throws TypeError when `value` has no JSON form (undefined, a function).
 */
export function jsonForScriptTag(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  if (json === undefined) throw new TypeError("This value has no JSON form.");
  return json.replace(scriptSpecials, (char) => scriptEscapes[char]!);
}
