import { snippetParts } from "./snippet-segments";

/** A result's snippet with the matched words in <mark>: text nodes only, never an HTML string. */
export function MarkedSnippet({ snippet, highlights }: { snippet: string; highlights: readonly (readonly [number, number])[] }) {
  return (
    <>
      {snippetParts(snippet, highlights).map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
