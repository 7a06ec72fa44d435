/**
 * Numbers as a fact-checker reads them: "40,000", "214.2", "1.5 million", "$6 million",
 * "40%". For display only; comparisons use the exact values.
 *
 * Contract: at most two decimals (rounded, trailing zeros dropped); thousands separated by
 * commas; whole millions, billions and trillions with at most two decimals written as words
 * ("2.3 million"); `Infinity` as "∞". Unit "%" is appended ("40%"), USD/EUR/GBP/JPY get
 * their sign ("$6 million"), another ISO 4217 code (three capitals) is appended ("5 CHF");
 * any other unit is left out. Never throws.
 */
const SIGNS: Readonly<Record<string, string>> = { USD: "$", EUR: "€", GBP: "£", JPY: "¥" };
const WORD_SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, "trillion"],
  [1e9, "billion"],
  [1e6, "million"],
];

export function formatNumber(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "∞" : "−∞";
  for (const [scale, word] of WORD_SCALES) {
    const scaled = x / scale;
    if (Math.abs(x) >= scale && Math.abs(scaled * 100 - Math.round(scaled * 100)) < 1e-6) return `${plain(scaled)} ${word}`;
  }
  return plain(x);
}

function plain(x: number): string {
  // Whole numbers below 1,000 (most figures) are written as they are: the same text the
  // rounding and grouping below give, at a fraction of the cost (exports format thousands).
  if (Number.isInteger(x) && x >= 0 && x < 1000) return String(x);
  const rounded = Math.round(x * 100) / 100;
  const negative = rounded < 0;
  const [whole, fraction] = Math.abs(rounded).toFixed(2).replace(/0+$/, "").replace(/\.$/, "").split(".");
  const grouped = whole!.length > 15 ? whole! : whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "−" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

/** `x` with its unit's sign or code, when the unit is a percentage or money. */
export function formatAmount(x: number, unit: string | null): string {
  const n = formatNumber(x);
  if (unit === "%") return `${n}%`;
  if (unit !== null && Object.hasOwn(SIGNS, unit)) return `${SIGNS[unit]}${n}`;
  if (unit !== null && /^[A-Z]{3}$/.test(unit)) return `${n} ${unit}`;
  return n;
}
