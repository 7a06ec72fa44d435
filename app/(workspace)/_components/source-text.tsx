/**
 * A source version's text as paragraphs (split at blank lines). Each paragraph records
 * its starting offset in the version's text, in UTF-16 code units, for anchoring claims.
 */
export function SourceText({ text }: { text: string }) {
  const paragraphs: { start: number; text: string }[] = [];
  const blankLine = /\n[ \t]*\n+/g;
  let start = 0;
  for (const match of text.matchAll(blankLine)) {
    paragraphs.push({ start, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  paragraphs.push({ start, text: text.slice(start) });
  return (
    <div className="reader-text" data-testid="source-text">
      {paragraphs
        .filter((paragraph) => paragraph.text.trim())
        .map((paragraph) => (
          <p key={paragraph.start} data-offset={paragraph.start}>
            {paragraph.text}
          </p>
        ))}
    </div>
  );
}
