/**
 * Items grouped by key, groups in the order their first item came, items in their order.
 * (`Map.groupBy` does this from Node 21; the app runs on Node 20.)
 */
export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
