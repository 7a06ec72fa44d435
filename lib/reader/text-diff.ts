import { diffArrays, diffWordsWithSpace } from "diff";
import { splitSentences, wordsOf } from "./sentences";

/** A change between two versions of a text: kept, added or removed text. */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * Two sentences "changed a little" when at least this share of their words is common
 * (word similarity, see `wordSimilarity`). Measured on the edits in text-diff.test.ts:
 * one figure or word changed in a sentence of 8–18 words scores 0.88–0.94, three words
 * changed 0.86; a sentence rewritten, even about the same people and place, 0.06–0.27.
 * Half the words in common sits well between the two.
 */
export const SIMILAR_SENTENCE = 0.5;

/** Above this many sentence pairs in one changed block, sentences are not paired (cost bound). */
const MAX_PAIRINGS = 10_000;

/**
 * The differences from `before` to `after`, in reading order, compared by sentences
 * first: unchanged sentences are kept; in a changed stretch, a removed sentence and an
 * added one that changed a little (`SIMILAR_SENTENCE`) are compared word by word, and the
 * other sentences show whole, the removed ones before the added ones. Paragraph breaks go
 * with the sentence before them. Joining the "same" and "added" parts gives `after`; the
 * "same" and "removed" parts give `before`.
 */
export function diffTexts(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (text === "") return;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const changes = diffArrays(splitSentences(before), splitSentences(after));
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!;
    if (!change.added && !change.removed) {
      push("same", change.value.join(""));
      continue;
    }
    // jsdiff reports a changed stretch as removed then added (either may be missing).
    const removed = change.removed ? change.value : [];
    const next = changes[i + 1];
    const added = change.removed && next?.added ? next.value : change.added ? change.value : [];
    if (change.removed && next?.added) i++;
    let r = 0;
    let a = 0;
    for (const [pr, pa] of pairSimilarSentences(removed, added)) {
      push("removed", removed.slice(r, pr).join(""));
      push("added", added.slice(a, pa).join(""));
      for (const word of diffWordsWithSpace(removed[pr]!, added[pa]!)) push(word.added ? "added" : word.removed ? "removed" : "same", word.value);
      r = pr + 1;
      a = pa + 1;
    }
    push("removed", removed.slice(r).join(""));
    push("added", added.slice(a).join(""));
  }
  return parts;
}

/**
 * Word similarity of two sentences in [0, 1]: twice the words they share in order (the
 * longest common subsequence of their words) over the words of both; 1 when neither has
 * words.
 */
export function wordSimilarity(a: string, b: string): number {
  return similarityOfWords(wordsOf(a), wordsOf(b));
}

function similarityOfWords(left: readonly string[], right: readonly string[]): number {
  if (left.length + right.length === 0) return 1;
  let common = 0;
  for (const change of diffArrays(left as string[], right as string[])) if (!change.added && !change.removed) common += change.count ?? change.value.length;
  return (2 * common) / (left.length + right.length);
}

/**
 * Pairs removed with added sentences that changed a little, in order (no crossing), so
 * that the pairs' total similarity is greatest. Returns `[removedIndex, addedIndex]`
 * pairs, ascending.
 */
function pairSimilarSentences(removed: readonly string[], added: readonly string[]): Array<[number, number]> {
  const n = removed.length;
  const m = added.length;
  if (n === 0 || m === 0 || n * m > MAX_PAIRINGS) return [];
  const addedWords = added.map(wordsOf);
  const similarity = removed.map((r) => {
    const words = wordsOf(r);
    return addedWords.map((other) => similarityOfWords(words, other));
  });
  // best[i][j]: greatest total over removed[i..] and added[j..].
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = similarity[i]![j]!;
      const paired = s >= SIMILAR_SENTENCE ? s + best[i + 1]![j + 1]! : -1;
      best[i]![j] = Math.max(paired, best[i + 1]![j]!, best[i]![j + 1]!);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = similarity[i]![j]!;
    if (s >= SIMILAR_SENTENCE && best[i]![j] === s + best[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (best[i]![j] === best[i + 1]![j]) i++;
    else j++;
  }
  return pairs;
}
