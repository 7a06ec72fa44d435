/**
 * Ill-formed UTF-16 (a lone surrogate, which JSON's `\ud800` escapes can carry) cannot be
 * stored as UTF-8: SQLite would keep U+FFFD in its place, so the text read back differs from
 * the text offsets were computed on. Inputs are refused before anything is stored.
 */

/** Where the first ill-formed string of a parsed JSON value is: its dotted path ("selector.exact", "items.3.body") and the code unit of the lone surrogate. */
export type IllFormedText = { path: string; index: number };

/** The first lone surrogate's index in `text`, or -1 when `text` is well-formed. */
export function loneSurrogateIndex(text: string): number {
  if (text.isWellFormed()) return -1;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i;
  }
  return -1;
}

/**
 * The first string of `value` (depth first, in property order, an object's keys before its values) that holds a
 * lone surrogate, or null when every string is well-formed. Iterative, so a deeply nested
 * value cannot overflow the stack.
 */
export function findIllFormedText(value: unknown): IllFormedText | null {
  type Path = { key: string; parent: Path } | null;
  const dotted = (path: Path): string => {
    const keys: string[] = [];
    for (let at = path; at; at = at.parent) keys.push(at.key);
    return keys.reverse().join(".") || "body";
  };
  const pending: Array<{ value: unknown; path: Path }> = [{ value, path: null }];
  while (pending.length) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === "string") {
      const index = loneSurrogateIndex(current);
      if (index >= 0) return { path: dotted(path), index };
    } else if (current !== null && typeof current === "object") {
      const entries = Array.isArray(current) ? current.map((item, i) => [String(i), item] as const) : Object.entries(current);
      for (const [key] of entries) {
        const keyIndex = loneSurrogateIndex(key);
        if (keyIndex >= 0) return { path: dotted({ key: key.toWellFormed(), parent: path }), index: keyIndex };
      }
      for (const [key, item] of entries.reverse()) pending.push({ value: item, path: { key, parent: path } });
    }
  }
  return null;
}

/** The sentence shown for a field that holds a lone surrogate. */
export function illFormedTextMessage(index: number): string {
  return `This text is not well-formed Unicode: an unpaired surrogate at character ${index} (UTF-16 code unit). Send each character whole (for example \\ud83d\\ude00, not \\ud83d alone).`;
}
