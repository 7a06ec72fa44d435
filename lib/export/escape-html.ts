const references: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * `text` made safe to place in HTML text or in a double- or single-quoted attribute value:
 * `& < > " '` become character references, everything else is left as it is. Each
 * character is replaced once, so the `&` of an added reference is never escaped again.
 * Never throws.
 *
 * Every piece of user text in an HTML export passes through here; the only markup that
 * does not is the already-sanitised output of `renderMarkdown`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => references[character] ?? character);
}
