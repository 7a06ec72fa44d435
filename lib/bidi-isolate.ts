/**
 * `text` between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), for
 * someone's text inside a plain string where no `<bdi>` element can go (a page's `<title>`,
 * a dialog's title, an accessible name): a right-to-left override (U+202E) or an unclosed
 * embedding in it then cannot reorder the words around it. In markup, use `<bdi>` instead.
 */
export function isolateBidi(text: string): string {
  return `\u2068${text}\u2069`;
}
