/**
 * Interval notation for tests (test-only module): "[225, 275]", "(200, ∞)", "[270, 300)",
 * "[238]" (a point). Numbers may use "_" or "," as separators and "e" exponents.
 *
 * @throws Error on malformed notation (a mistake in a test table).
 */
import type { Interval } from "./interval";

const NOTATION = /^([[(])\s*([-\d_.,e+]+)\s*(?:;\s*([-\d_.,e+]+|∞)\s*)?([\])])$/;

export function interval(notation: string): Interval {
  const m = NOTATION.exec(notation.replace(/,\s/g, "; "));
  if (!m) throw new Error(`bad interval notation: ${notation}`);
  const num = (s: string) => Number(s.replace(/[_,]/g, ""));
  const low = num(m[2]!);
  const high = m[3] === undefined ? low : m[3] === "∞" ? Infinity : num(m[3]);
  return { low, high, lowInclusive: m[1] === "[", highInclusive: m[4] === "]" };
}
