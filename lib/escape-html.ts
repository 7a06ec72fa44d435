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
 * Shared by the HTML report (every piece of user text) and the Markdown renderer (raw HTML
 * typed into a rationale or comment is shown as text).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => references[character] ?? character);
}
