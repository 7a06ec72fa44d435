"use client";
import { useTranslations } from "next-intl";
import type { Paragraph } from "@/lib/reader/paragraphs";
import { readerTextId } from "./paint-highlights";
import { readerHelpId } from "./reader-help";

/**
 * The source text: one `<p data-start>` per paragraph holding exactly the source's words, as
 * text-dom.ts expects, described by ReaderHelp. A read-only contenteditable, so the native caret and Shift+arrow
 * selection work from the keyboard; every edit is refused, and `onEdited` hears of any that
 * gets through anyway, so the reader can render the text afresh.
 */
export function ReaderText({
  ref,
  sourceVersionId,
  text,
  language,
  paragraphs,
  onEdited,
  onMouseUp,
  onKeyDown,
  onKeyUp,
}: {
  ref: React.Ref<HTMLDivElement>;
  sourceVersionId: string;
  text: string;
  /** The source's language (ISO 639-1): its paragraphs say so, for screen readers, hyphenation and spelling. */
  language: string;
  paragraphs: readonly Paragraph[];
  onEdited: () => void;
  onMouseUp: (event: React.MouseEvent) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  onKeyUp: (event: React.KeyboardEvent) => void;
}) {
  const t = useTranslations("Reader");
  return (
    <div
      ref={ref}
      id={readerTextId(sourceVersionId)}
      data-testid="source-text"
      className="reader-text caret-accent-700 focus:outline-none"
      contentEditable
      suppressContentEditableWarning
      spellCheck={false}
      role="textbox"
      aria-readonly="true"
      aria-multiline="true"
      aria-label={t("sourceText")}
      aria-describedby={readerHelpId}
      onBeforeInput={(event) => event.preventDefault()}
      onPaste={(event) => event.preventDefault()}
      onDrop={(event) => event.preventDefault()}
      onCut={(event) => event.preventDefault()}
      onInput={onEdited}
      onMouseUp={onMouseUp}
      onKeyDown={onKeyDown}
      onKeyUp={onKeyUp}
    >
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start} data-start={paragraph.start} lang={language}>
          {text.slice(paragraph.start, paragraph.end)}
        </p>
      ))}
    </div>
  );
}
