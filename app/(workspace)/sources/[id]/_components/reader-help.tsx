/** The id the text names in `aria-describedby`, so screen readers read this help with it. */
export const readerHelpId = "reader-help";

/** How to add claims and the keyboard shortcuts of the reader (useReaderKeyboard); hidden on touch screens, which have no keyboard. */
export function ReaderHelp() {
  return (
    <p id={readerHelpId} className="mb-4 text-xs text-stone-500 pointer-coarse:hidden">
      Select words and press <kbd className="font-mono">Enter</kbd> (or choose “Add claim”) to highlight a claim. Keyboard: arrows move the caret, Shift+arrows
      select, <kbd className="font-mono">]</kbd> / <kbd className="font-mono">[</kbd> next / previous claim, <kbd className="font-mono">Enter</kbd> opens the
      claim at the caret, <kbd className="font-mono">Delete</kbd> deletes the open claim, <kbd className="font-mono">A</kbd> accepts the suggestion at the
      caret.
    </p>
  );
}
