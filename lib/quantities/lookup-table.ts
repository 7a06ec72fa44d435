/**
 * Word tables without an object prototype, so looking up any word of a text — including
 * "constructor" or "__proto__" — finds only the table's own entries (`word in table` and
 * `table[word]` are safe).
 */
export function lookupTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
