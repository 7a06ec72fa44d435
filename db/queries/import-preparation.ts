import "server-only";
import { and, asc, desc, eq } from "drizzle-orm";
import { describeSpan, type Anchor } from "@/lib/anchoring";
import { canonicaliseText, sha256OfText } from "@/lib/canonical-text";
import { AppError } from "@/lib/errors";
import { groupBy } from "@/lib/group-by";
import type { ImportAnnotation, ImportPlan, ImportSource } from "@/lib/annotation-import/read-web-annotations";
import { storedReadingOf } from "@/lib/quantities";
import type { Database } from "../client";
import { db } from "../connection";
import { investigations, sources, sourceVersions } from "../schema";
import { anchorSelectorsInTurns, runInTurns } from "./claim-anchors";

/**
 * The first half of an import: everything proportional to the file that is not a write —
 * matching sources, anchoring each annotation on its source's text, describing the words
 * found and reading their quantities — done before the import's transaction, across
 * event-loop turns (`runInTurns`), so a 50,000-annotation file never holds other requests up
 * for long. Only reads and computation here; `importAnnotations` writes it all in one
 * transaction and re-checks there that nothing it relied on changed meanwhile.
 */
export type SourceTarget = { id: string; versionId: string; text: string };

export type PreparedSource =
  { key: string; kind: "matched"; target: SourceTarget } | { key: string; kind: "created"; source: ImportSource; text: string; sha256: string };

/** An annotation placed on its source: the words found, described as a claim stores them. */
export type PlacedAnnotation = {
  annotation: ImportAnnotation;
  anchor: Exclude<Anchor, { status: "orphan" }>;
  quote: { exact: string; prefix: string; suffix: string };
  quantityReading: ReturnType<typeof storedReadingOf>;
};

export type PreparedImport = {
  tolerancePercent: number;
  sources: PreparedSource[];
  /** Per source key with a text, in the plan's order: the placed annotations and the orphans' quotes. */
  placements: Array<{ sourceKey: string; placed: PlacedAnnotation[]; orphaned: string[] }>;
  missing: Array<{ key: string; annotations: number }>;
};

/** Outside a transaction `db()`; inside one, the transaction (which `db()` also gives). */
type Reader = Database;

export async function currentVersionOf(reader: Reader, sourceId: string): Promise<SourceTarget> {
  const [version] = await reader
    .select({ id: sourceVersions.id, text: sourceVersions.text })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sourceId))
    .orderBy(desc(sourceVersions.number))
    .limit(1);
  return { id: sourceId, versionId: version!.id, text: version!.text };
}

const urnPrefix = "urn:corroborate:source:";

/**
 * The investigation's source a file's source is, if any: by URL, by our own
 * `urn:corroborate:source:<id>`, or (for sources without a URL exported from elsewhere) by
 * the SHA-256 of its canonical text against every version of the investigation's sources,
 * so importing the same file twice never duplicates a source. Null when none. URLs are
 * compared exactly (case matters in a URL's path), on both engines.
 */
export async function matchSource(reader: Reader, investigationId: string, source: ImportSource): Promise<SourceTarget | null> {
  const inInvestigation = eq(sources.investigationId, investigationId);
  const byUrl = async () => {
    if (!source.url) return undefined;
    const [found] = await reader
      .select({ id: sources.id })
      .from(sources)
      .where(and(inInvestigation, eq(sources.url, source.url)))
      .orderBy(asc(sources.createdAt), asc(sources.id))
      .limit(1);
    return found;
  };
  const byUrn = async () => {
    if (!source.key.startsWith(urnPrefix)) return undefined;
    const [found] = await reader
      .select({ id: sources.id })
      .from(sources)
      .where(and(inInvestigation, eq(sources.id, source.key.slice(urnPrefix.length))));
    return found;
  };
  const byText = async () => {
    if (!source.text) return undefined;
    const sha256 = sha256OfText(canonicaliseText(source.text));
    const [found] = await reader
      .select({ id: sources.id })
      .from(sourceVersions)
      .innerJoin(sources, eq(sources.id, sourceVersions.sourceId))
      .where(and(inInvestigation, eq(sourceVersions.sha256, sha256)))
      .orderBy(desc(sourceVersions.createdAt), desc(sourceVersions.id))
      .limit(1);
    return found;
  };
  const found = (await byUrl()) ?? (await byUrn()) ?? (await byText());
  return found ? currentVersionOf(reader, found.id) : null;
}

async function prepareSource(investigationId: string, source: ImportSource): Promise<PreparedSource | null> {
  const target = await matchSource(db(), investigationId, source);
  if (target) return { key: source.key, kind: "matched", target };
  if (!source.text) return null;
  const text = canonicaliseText(source.text);
  return { key: source.key, kind: "created", source, text, sha256: sha256OfText(text) };
}

/**
 * Describes each placed annotation (quote and quantity, read in the source's `language`),
 * pausing between annotations for `runInTurns`.
 */
function* describePlacements(
  text: string,
  annotations: readonly ImportAnnotation[],
  anchors: readonly Anchor[],
  tolerance: number,
  language: string | undefined,
): Generator<void, { placed: PlacedAnnotation[]; orphaned: string[] }> {
  const placed: PlacedAnnotation[] = [];
  const orphaned: string[] = [];
  for (const [index, annotation] of annotations.entries()) {
    if (index > 0 && index % 8 === 0) yield;
    const anchor = anchors[index]!;
    if (anchor.status === "orphan") {
      orphaned.push(annotation.quote.exact);
      continue;
    }
    const { quote } = describeSpan(text, anchor.start, anchor.end);
    placed.push({
      annotation,
      anchor,
      quote: { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "" },
      quantityReading: storedReadingOf(quote.exact, tolerance, language),
    });
  }
  return { placed, orphaned };
}

/** NOT_FOUND when the investigation does not exist; otherwise what the import will write. */
export async function prepareImport({ investigationId, plan }: { investigationId: string; plan: ImportPlan }): Promise<PreparedImport> {
  const [investigation] = await db()
    .select({ tolerancePercent: investigations.approximateTolerancePercent })
    .from(investigations)
    .where(eq(investigations.id, investigationId));
  if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
  const prepared: PreparedSource[] = [];
  for (const source of plan.sources) {
    const ready = await prepareSource(investigationId, source);
    if (ready) prepared.push(ready);
  }
  const textOf = new Map(prepared.map((source) => [source.key, source.kind === "matched" ? source.target.text : source.text]));
  // Figures on a matched source are read in its language; a created source has none yet (English).
  const languageOf = new Map<string, string>();
  for (const source of prepared) {
    if (source.kind !== "matched") continue;
    const [row] = await db().select({ language: sources.language }).from(sources).where(eq(sources.id, source.target.id));
    if (row) languageOf.set(source.key, row.language);
  }
  const result: PreparedImport = { tolerancePercent: investigation.tolerancePercent, sources: prepared, placements: [], missing: [] };
  for (const [sourceKey, annotations] of groupBy(plan.annotations, (annotation) => annotation.sourceKey)) {
    const text = textOf.get(sourceKey);
    if (text === undefined) {
      result.missing.push({ key: sourceKey, annotations: annotations.length });
      continue;
    }
    const anchors = await anchorSelectorsInTurns(
      text,
      annotations.map((annotation) => ({ ...annotation.quote, ...annotation.position })),
    );
    result.placements.push({
      sourceKey,
      ...(await runInTurns(describePlacements(text, annotations, anchors, investigation.tolerancePercent / 100, languageOf.get(sourceKey)))),
    });
  }
  return result;
}
