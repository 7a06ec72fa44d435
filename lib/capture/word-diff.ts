import { diffTexts } from "../reader/text-diff";

export type WordDiff = { op: "same" | "added" | "removed"; text: string }[];

/** Words of unchanged text kept on each side of a change. */
export const DIFF_CONTEXT_WORDS = 12;

/**
 * The changes from a captured text to the live one, word by word, for "Check again": the
 * diff of the reader's source versions (lib/reader/text-diff.ts, the `diff` package:
 * sentences first, then the words of sentences that changed a little), with every unchanged
 * run longer than twice `DIFF_CONTEXT_WORDS` shortened to its first and last
 * DIFF_CONTEXT_WORDS words around "…" (only the words next to a change are kept at the very
 * start and end). Identical texts give one shortened "same" part; empty texts give [].
 */
export function wordDiff(before: string, after: string): WordDiff {
  const parts = diffTexts(before, after);
  return parts.map((part, index) => {
    const op = part.kind;
    if (op !== "same") return { op, text: part.text };
    return { op, text: shorten(part.text, { keepStart: index > 0, keepEnd: index < parts.length - 1 }) };
  });
}

function shorten(text: string, { keepStart, keepEnd }: { keepStart: boolean; keepEnd: boolean }): string {
  const tokens = text.split(/(\s+)/);
  const words = tokens.filter(isWord).length;
  if (words <= DIFF_CONTEXT_WORDS * 2 + 4) return text;
  const head = takeWords(tokens, DIFF_CONTEXT_WORDS).trimEnd();
  const tail = takeWords([...tokens].reverse(), DIFF_CONTEXT_WORDS, true).trimStart();
  if (keepStart && keepEnd) return `${head} … ${tail}`;
  if (keepEnd) return `… ${tail}`;
  return `${head} …`;
}

function isWord(token: string): boolean {
  return token !== "" && !/^\s+$/.test(token);
}

/** The text of the first n words (with the whitespace between and after them); reversed tokens give the last n. */
function takeWords(tokens: string[], n: number, reversed = false): string {
  const taken: string[] = [];
  let count = 0;
  for (const token of tokens) {
    const word = isWord(token);
    if (word && count === n) break;
    if (word) count++;
    taken.push(token);
  }
  return (reversed ? taken.reverse() : taken).join("");
}
