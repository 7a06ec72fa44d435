/** One tag found by `scanTags`. */
export type TagToken = {
  /** Lower-case tag name: "div", "meta"; "!" for a comment, doctype or processing instruction. */
  name: string;
  closing: boolean;
  /** Written as `<x … />`. */
  selfClosing: boolean;
  /** Offset of "<" in the input. */
  start: number;
  /** Offset just after ">". */
  end: number;
};

/** Elements whose content is raw text: no tags inside them are reported. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);

const TAG_START = /<(\/?)([a-z][a-z0-9:-]*)/y;

/**
 * A rough, linear-time tokenizer for HTML tags, used only to measure and flatten markup
 * before a real parser sees it (see `nestingDepth`, `flattenHtml`). Reports comments,
 * doctypes and processing instructions as "!" tokens, and skips the content of raw-text elements (script,
 * style, title, textarea, xmp). A ">" inside a quoted attribute ends the tag early — an
 * accepted inaccuracy. Every scan moves forward past what it looked at, so no input makes it
 * quadratic. Stops at the first construct that is never closed.
 */
export function* scanTags(html: string): Generator<TagToken> {
  const lower = html.toLowerCase();
  let at = 0;
  while ((at = lower.indexOf("<", at)) !== -1) {
    if (lower.startsWith("<!", at) || lower.startsWith("<?", at)) {
      const isComment = lower.startsWith("<!--", at);
      const close = isComment ? lower.indexOf("-->", at + 4) : lower.indexOf(">", at);
      if (close === -1) return;
      const end = close + (isComment ? 3 : 1);
      yield { name: "!", closing: false, selfClosing: true, start: at, end };
      at = end;
      continue;
    }
    TAG_START.lastIndex = at;
    const match = TAG_START.exec(lower);
    if (!match) {
      at++;
      continue;
    }
    const gt = lower.indexOf(">", TAG_START.lastIndex);
    if (gt === -1) return;
    const token: TagToken = {
      name: match[2]!,
      closing: match[1] === "/",
      selfClosing: lower[gt - 1] === "/",
      start: at,
      end: gt + 1,
    };
    yield token;
    at = gt + 1;
    if (!token.closing && RAW_TEXT.has(token.name)) {
      const close = lower.indexOf(`</${token.name}`, at);
      if (close === -1) return;
      at = close;
    }
  }
}
