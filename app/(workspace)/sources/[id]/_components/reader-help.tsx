import { useTranslations } from "next-intl";

/** The id the text names in `aria-describedby`, so screen readers read this help with it. */
export const readerHelpId = "reader-help";

/** How to add claims and the keyboard shortcuts of the reader (useReaderKeyboard); hidden on touch screens, which have no keyboard. */
export function ReaderHelp() {
  const t = useTranslations("Reader");
  return (
    <p id={readerHelpId} className="mb-4 text-xs text-stone-500 pointer-coarse:hidden">
      {t.rich("help", { kbd: (key) => <kbd className="font-mono">{key}</kbd> })}
    </p>
  );
}
