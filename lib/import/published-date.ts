import { metaContent } from "./meta-content";

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/**
 * A date as written by a publisher, normalised to YYYY-MM-DD, or null when it cannot be read
 * with confidence. Accepted: ISO 8601 and its relatives ("2024-03-05", "2024-03-05T23:30:00-05:00",
 * "2024/3/5"), and English month names ("March 5, 2024", "5 Mar 2024",
 * "Tue, 05 Mar 2024 10:00:00 GMT"). The calendar date is taken as written, never shifted into
 * another time zone (an article published late on 5 March in New York stays 5 March). Dates
 * that do not exist (2024-02-30) and years outside 1000–9999 give null.
 */
export function normaliseDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(text);
  if (iso) return ymd(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /(?:^|[\s,])(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?!\d)/i.exec(text);
  if (dayFirst) return ymd(Number(dayFirst[3]), month(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = /(?:^|[\s,])([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/i.exec(text);
  if (monthFirst) return ymd(Number(monthFirst[3]), month(monthFirst[1]!), Number(monthFirst[2]));
  return null;
}

/**
 * The publication date a page declares, normalised (see `normaliseDate`), trying in order:
 * `<meta property="article:published_time">`, a `<time datetime>` (one marked
 * `itemprop="datePublished"` or `pubdate` first), then `datePublished` in JSON-LD. The first
 * candidate that normalises wins; null when none does. Call before Readability, which
 * removes elements from the document.
 */
export function findPublishedDate(document: Document): string | null {
  const candidates = [() => metaContent(document, "article:published_time"), () => timeDatetime(document), () => jsonLdDatePublished(document)];
  for (const candidate of candidates) {
    const date = normaliseDate(candidate());
    if (date) return date;
  }
  return null;
}

function timeDatetime(document: Document): string | null {
  const preferred =
    document.querySelector('time[itemprop="datePublished"][datetime]') ??
    document.querySelector("time[pubdate][datetime]") ??
    document.querySelector("time[datetime]");
  return preferred?.getAttribute("datetime") ?? null;
}

function jsonLdDatePublished(document: Document): string | null {
  for (const script of Array.from(document.querySelectorAll("script"))) {
    if ((script.getAttribute("type") ?? "").trim().toLowerCase() !== "application/ld+json") continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const found = findStringKey(data, "datePublished", 0);
    if (found) return found;
  }
  return null;
}

function findStringKey(value: unknown, key: string, depth: number): string | null {
  if (depth > 10 || value === null || typeof value !== "object") return null;
  if (!Array.isArray(value)) {
    const own = (value as Record<string, unknown>)[key];
    if (typeof own === "string") return own;
  }
  for (const child of Object.values(value)) {
    const found = findStringKey(child, key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** 1–12 for an English month name or its abbreviation of 3+ letters ("Mar", "Sept"); 0 otherwise. */
function month(name: string): number {
  const lower = name.toLowerCase();
  if (lower.length < 3) return 0;
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

function ymd(year: number, monthNumber: number, day: number): string | null {
  if (year < 1000 || year > 9999 || monthNumber < 1 || monthNumber > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, monthNumber - 1, day));
  if (check.getUTCMonth() !== monthNumber - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${String(monthNumber).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
