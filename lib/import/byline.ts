/** How many leading paragraphs may hold the byline: it sits under the headline, never further down. */
const BYLINE_REACH = 3;
const BY = /^(?:by|por|de|par|von|di)\s+/i;
/** A "By Name" line when the page names no author: "By"/"Por", then a capitalised name without digits. */
const BY_NAME_LINE = /^(?:[Bb]y|BY|[Pp]or|POR)\s+\p{Lu}[^\d]{1,70}$/u;

/**
 * The article's paragraphs without its byline, and the byline. A paragraph among the first
 * three is the byline when, without a leading "By"/"Por"/…, it is `byline` (case and spacing
 * aside), or begins with it followed by a separator ("Jane Doe | 5 March"); or, when the page
 * declares no byline, when it is a short "By Name" line with no sentence ending. Everything
 * else is kept as it was: an article sentence that starts with "By" ends like a sentence.
 */
export function withoutByline(paragraphs: readonly string[], byline: string | null): { paragraphs: string[]; byline: string | null } {
  let found = byline;
  const kept = paragraphs.filter((paragraph, index) => {
    if (index >= BYLINE_REACH) return true;
    if (found && isBylineOf(paragraph, found)) return false;
    if (!found && looksLikeByline(paragraph)) {
      found = paragraph.replace(BY, "").trim();
      return false;
    }
    return true;
  });
  return { paragraphs: kept, byline: found };
}

function isBylineOf(paragraph: string, byline: string): boolean {
  const text = fold(paragraph).replace(BY, "");
  const name = fold(byline).replace(BY, "");
  if (!name) return false;
  if (text === name) return true;
  return text.startsWith(name) && /^\s*[|·•,–—-]/.test(text.slice(name.length)) && text.length <= name.length + 60;
}

function looksLikeByline(paragraph: string): boolean {
  return BY_NAME_LINE.test(paragraph) && !/[.!?"”»:;]$/.test(paragraph.trim());
}

function fold(value: string): string {
  return value.replace(/\s+/g, " ").trim().toLowerCase();
}
