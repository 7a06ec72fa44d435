import type { SnippetSegment } from "@/lib/search/snippet";

/** A result's snippet with the matched words in <mark>: text nodes only, never an HTML string. */
export function MarkedSnippet({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
