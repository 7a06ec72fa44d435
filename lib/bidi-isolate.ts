/**
 * `text` between FIRST STRONG ISOLATE (U+2068) and POP DIRECTIONAL ISOLATE (U+2069), for
 * someone's text inside a plain string that is shown but can hold no `<bdi>` element (a
 * page's `<title>`): a right-to-left override (U+202E) or an unclosed embedding in it then
 * cannot reorder the words around it. In markup, use `<bdi>` (the UserText component).
 * Not for accessible names: they are read out, not laid out.
 */
export function isolateBidi(text: string): string {
  return `\u2068${text}\u2069`;
}
