/**
 * The words of a report (HTML, PDF, Markdown) in the investigation's report language: its
 * headings and labels from the `Report` catalogue, dates, numbers and lists from the
 * language's formatter, and the verdict scale's default labels. What people wrote (titles,
 * quotes, rationales, names, a verdict label an editor changed) is never translated.
 */
import { defaultRatingScale, type Rating } from "../checking/rating-scale";
import type { ClaimStatus } from "../checking/claim-status";
import type { EvidenceStance } from "../checking/evidence";
import type { Locale } from "../i18n/locales";
import { formatter, translator } from "../i18n/translator";

const statusKeys = { open: "open", "in-review": "inReview", approved: "approved" } as const satisfies Record<ClaimStatus, string>;
const stanceKeys = { supports: "supports", refutes: "refutes", "adds-context": "addsContext" } as const satisfies Record<EvidenceStance, string>;
const verdictKeys: Record<string, "true" | "mostlyTrue" | "mixed" | "mostlyFalse" | "false" | "misleading" | "unverifiable"> = {
  true: "true",
  "mostly-true": "mostlyTrue",
  mixed: "mixed",
  "mostly-false": "mostlyFalse",
  false: "false",
  misleading: "misleading",
  unverifiable: "unverifiable",
};

export type ReportWords = ReturnType<typeof reportWords>;

/** Everything a report writer needs to speak `locale`. */
export function reportWords(locale: Locale) {
  const t = compiled(translator(locale, "Report"));
  const format = formatter(locale);
  const pad = (n: number) => String(n).padStart(2, "0");
  const monthNames = Array.from({ length: 12 }, (_, month) => format.dateTime(Date.UTC(2025, month, 1), { month: "long" }));
  const shortMonthNames = Array.from({ length: 12 }, (_, month) => format.dateTime(Date.UTC(2025, month, 1), { month: "short" }).replace(/\.$/, ""));

  /** "20 March 2025" / "20 de marzo de 2025", or with `withTime` "…, 08:00 UTC", for an ISO-8601 time read in UTC; null when it does not parse. */
  function formatUtc(iso: string, withTime: boolean): string | null {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return null;
    // Day, month name and year apart, so each language orders them (Intl's English long date is "March 20, 2025").
    const day = t("date", { day: date.getUTCDate(), month: monthNames[date.getUTCMonth()]!, year: String(date.getUTCFullYear()) });
    return withTime ? t("dateTime", { date: day, time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` }) : day;
  }

  /** "17 Mar 2025, 10:02 UTC" / "17 mar 2025, 10:02 UTC": a capture's time (issue #19), short enough to sit beside a link; null when it does not parse. */
  function formatUtcShort(iso: string): string | null {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return null;
    const day = t("dateShort", { day: date.getUTCDate(), month: shortMonthNames[date.getUTCMonth()]!, year: String(date.getUTCFullYear()) });
    return t("dateTime", { date: day, time: `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` });
  }

  return {
    locale,
    t,
    format,
    formatUtc,
    formatUtcShort,
    /** A count as the language writes it ("1,000" / "1000", "10.000"). */
    number: (n: number) => format.number(n),
    /** "a and b", "a, b and c" / "a y b"; items already written for the target format. */
    list: (items: string[]) => format.list(items, { type: "conjunction" }),
    status: (status: ClaimStatus) => t(`statuses.${statusKeys[status]}`),
    stance: (stance: EvidenceStance) => t(`stances.${stanceKeys[stance]}`),
    /** A rating's label: a default rating still labelled as by default speaks the report language; any label an editor wrote stays as written. */
    ratingLabel: (rating: Rating) => defaultLabelOf(rating, t),
  };
}

function defaultLabelOf(rating: Rating, t: ReturnType<typeof translator<"Report">>): string {
  const key = verdictKeys[rating.key];
  const byDefault = defaultRatingScale.find((candidate) => candidate.key === rating.key);
  return key !== undefined && byDefault?.label === rating.label ? t(`verdicts.${key}`) : rating.label;
}

type ReportTranslator = ReturnType<typeof translator<"Report">>;

/**
 * `t`, with each message worked out once per report instead of once per call: a report asks
 * for the same few messages for every claim (10,000 in a large export), and use-intl formats
 * each call from scratch (about 25 µs, most of a report's time). A message without values is
 * kept as its text; one whose values are plain `{name}` arguments is formatted once with
 * markers for its values and filled in by splitting on them, which gives what `t` gives, since
 * `t` puts a plain argument's value in as it is. Messages with plural, number or date
 * arguments go to `t` every time.
 */
function compiled(t: ReportTranslator): ReportTranslator {
  const texts = new Map<string, string>();
  const templates = new Map<string, { parts: string[]; names: string[] } | null>();
  const fast = (key: string, values?: Record<string, string | number>): string => {
    const call = t as unknown as (key: string, values?: Record<string, string | number>) => string;
    if (values === undefined) {
      const text = texts.get(key) ?? call(key);
      texts.set(key, text);
      return text;
    }
    let template = templates.get(key);
    if (template === undefined) {
      template = templateOf(key, (t as unknown as { raw: (key: string) => unknown }).raw(key), call);
      templates.set(key, template);
    }
    if (template === null) return call(key, values);
    const { parts, names } = template;
    let text = parts[0]!;
    for (let i = 0; i < names.length; i++) text += String(values[names[i]!]) + parts[i + 1]!;
    return text;
  };
  return fast as unknown as ReportTranslator;
}

const marker = /\uE000(\d+)\uE001/;

function templateOf(key: string, raw: unknown, call: (key: string, values?: Record<string, string | number>) => string) {
  if (typeof raw !== "string" || /\{\s*\w+\s*,/.test(raw)) return null;
  const names = [...new Set([...raw.matchAll(/\{\s*(\w+)\s*\}/g)].map((match) => match[1]!))];
  const pieces = call(key, Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`]))).split(marker);
  // split with a group alternates text and the captured index: text, i, text, i, …, text.
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const order = pieces.filter((_, i) => i % 2 === 1).map((index) => names[Number(index)]!);
  return { parts, names: order };
}
