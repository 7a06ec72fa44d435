import { and, desc, eq } from "drizzle-orm";
import { anchorSelectors, describeSpan } from "@/lib/anchoring";
import { canonicaliseText, sha256OfText } from "@/lib/canonical-text";
import { defaultRatingScale, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { groupBy } from "@/lib/group-by";
import type { ImportSummary } from "@/lib/export/import-summary";
import type { ImportAnnotation, ImportPlan, ImportSource } from "@/lib/export/read-web-annotations";
import { canImportAnnotations, type Actor } from "@/lib/permissions";
import { storedReadingOf } from "@/lib/quantities";
import { writeTransaction, type Transaction } from "../client";
import { db } from "../connection";
import { claims, comments, evidence, facts, investigations, sources, sourceVersions } from "../schema";
import { assertAllowed } from "./actor";
import { recordEvent } from "./events";

/** FORBIDDEN unless the actor may import; callers check before reading a large file. */
export function assertImportAllowed(actor: Actor): void {
  assertAllowed(canImportAnnotations(actor), "Only editors can import annotations.");
}

type SourceTarget = { id: string; versionId: string; text: string };

/**
 * Imports annotations (read by `readWebAnnotations`) into an investigation, in one
 * transaction: all of it, or nothing when anything fails.
 *
 * Sources are matched by URL, by the `urn:corroborate:source:<id>` of a source of this
 * investigation, or by their text's hash; otherwise they are created from the text the file
 * embeds. Each annotation
 * is anchored on its source's current text with the same module the reader uses, and becomes
 * a claim only where it anchors (exactly, moved, or fuzzily; a fuzzy claim takes the words
 * found). Orphans are reported, never placed on a guess. A claim already on the same words
 * is left as it is. Verdicts are matched to the scale by key, then by label. Editors only:
 * an import sets statuses and verdicts in bulk.
 */
export function importAnnotations({ actor, investigationId, plan }: { actor: Actor; investigationId: string; plan: ImportPlan }): ImportSummary {
  assertImportAllowed(actor);
  return writeTransaction(db(), (tx) => {
    const investigation = tx.select().from(investigations).where(eq(investigations.id, investigationId)).get();
    if (!investigation) throw new AppError("NOT_FOUND", "This investigation does not exist or was deleted.");
    const scale = investigation.ratingScale ?? defaultRatingScale;
    const summary: ImportSummary = {
      sources: { created: 0, matched: 0, missing: [] },
      claims: { exact: 0, moved: 0, fuzzy: 0, alreadyPresent: 0 },
      orphaned: [],
      facts: 0,
      evidence: 0,
      comments: 0,
      unknownVerdicts: [],
      skipped: plan.skipped,
    };
    const targets = new Map<string, SourceTarget>();
    for (const source of plan.sources) {
      const target = matchSource(tx, investigationId, source) ?? createSourceFrom(tx, actor, investigationId, source);
      if (!target) continue;
      targets.set(source.key, target.target);
      summary.sources[target.kind]++;
    }
    const factIds = new Map<string, string>();
    const bySource = groupBy(plan.annotations, (annotation) => annotation.sourceKey);
    for (const [sourceKey, annotations] of bySource) {
      const target = targets.get(sourceKey);
      if (!target) {
        summary.sources.missing.push({ key: sourceKey, annotations: annotations.length });
        continue;
      }
      const anchors = anchorSelectors(
        target.text,
        annotations.map((annotation) => ({ ...annotation.quote, ...annotation.position })),
      );
      annotations.forEach((annotation, index) => {
        const anchor = anchors[index]!;
        if (anchor.status === "orphan") {
          summary.orphaned.push({ sourceKey, exact: annotation.quote.exact });
          return;
        }
        const claimId = insertImportedClaim(tx, actor, investigationId, target, anchor, annotation, { scale, tolerance: investigation.approximateTolerancePercent / 100 }, summary);
        if (!claimId) return;
        summary.claims[anchor.status]++;
        const factKey = annotation.factId ?? (annotation.factTitle ? `title:${annotation.factTitle}` : null);
        if (factKey) {
          let factId = factIds.get(factKey);
          if (!factId) {
            const title = (annotation.factTitle ?? "").trim().slice(0, 300) || "Imported fact";
            factId = tx.insert(facts).values({ investigationId, title, createdBy: actor.id }).returning({ id: facts.id }).get().id;
            recordEvent(tx, { actorId: actor.id, action: "fact.created", subjectType: "fact", subjectId: factId, investigationId, data: { title, imported: true } });
            factIds.set(factKey, factId);
            summary.facts++;
          }
          tx.update(claims).set({ factId }).where(eq(claims.id, claimId)).run();
        }
      });
    }
    recordEvent(tx, { actorId: actor.id, action: "investigation.imported", subjectType: "investigation", subjectId: investigationId, investigationId, data: { claims: summary.claims, orphaned: summary.orphaned.length, sources: { created: summary.sources.created, matched: summary.sources.matched } } });
    tx.update(investigations).set({ updatedAt: new Date().toISOString() }).where(eq(investigations.id, investigationId)).run();
    return summary;
  });
}

function currentVersionOf(tx: Transaction, sourceId: string): SourceTarget {
  const version = tx.select().from(sourceVersions).where(eq(sourceVersions.sourceId, sourceId)).orderBy(desc(sourceVersions.number)).get()!;
  return { id: sourceId, versionId: version.id, text: version.text };
}

const urnPrefix = "urn:corroborate:source:";

/**
 * The investigation's source this file's source is, if any: by URL, by our own
 * `urn:corroborate:source:<id>`, or (for sources without a URL exported from elsewhere) by
 * the SHA-256 of its canonical text against every version of the investigation's sources,
 * so importing the same file twice never duplicates a source.
 */
function matchSource(tx: Transaction, investigationId: string, source: ImportSource): { kind: "matched"; target: SourceTarget } | null {
  const inInvestigation = eq(sources.investigationId, investigationId);
  const byUrl = () => (source.url ? tx.select({ id: sources.id }).from(sources).where(and(inInvestigation, eq(sources.url, source.url))).get() : undefined);
  const byUrn = () => (source.key.startsWith(urnPrefix) ? tx.select({ id: sources.id }).from(sources).where(and(inInvestigation, eq(sources.id, source.key.slice(urnPrefix.length)))).get() : undefined);
  const byText = () => {
    if (!source.text) return undefined;
    const sha256 = sha256OfText(canonicaliseText(source.text));
    return tx.select({ id: sources.id }).from(sourceVersions).innerJoin(sources, eq(sources.id, sourceVersions.sourceId)).where(and(inInvestigation, eq(sourceVersions.sha256, sha256))).orderBy(desc(sourceVersions.createdAt)).get();
  };
  const found = byUrl() ?? byUrn() ?? byText();
  return found ? { kind: "matched", target: currentVersionOf(tx, found.id) } : null;
}

function createSourceFrom(tx: Transaction, actor: Actor, investigationId: string, source: ImportSource): { kind: "created"; target: SourceTarget } | null {
  if (!source.text) return null;
  const text = canonicaliseText(source.text);
  const title = (source.title ?? "").trim().slice(0, 300) || source.url || "Imported source";
  const row = tx.insert(sources).values({ investigationId, title, outlet: source.outlet, url: source.url, publishedAt: source.publishedAt, createdBy: actor.id }).returning({ id: sources.id }).get();
  const version = tx
    .insert(sourceVersions)
    .values({ sourceId: row.id, number: 1, text, sha256: sha256OfText(text), createdBy: actor.id })
    .returning({ id: sourceVersions.id })
    .get();
  recordEvent(tx, { actorId: actor.id, action: "source.created", subjectType: "source", subjectId: row.id, investigationId, data: { title, url: source.url, imported: true, versionId: version.id } });
  return { kind: "created", target: { id: row.id, versionId: version.id, text } };
}

function findVerdict(scale: readonly Rating[], annotation: ImportAnnotation): Rating | null {
  const byKey = annotation.verdictKey ? scale.find((rating) => rating.key === annotation.verdictKey) : undefined;
  const label = annotation.verdictLabel?.trim().toLowerCase();
  return byKey ?? (label ? scale.find((rating) => rating.label.toLowerCase() === label) : undefined) ?? null;
}

/** Inserts the claim with its review, evidence and comments; null when those words already are a claim. */
function insertImportedClaim(tx: Transaction, actor: Actor, investigationId: string, target: SourceTarget, anchor: { start: number; end: number; status: string }, annotation: ImportAnnotation, { scale, tolerance }: { scale: readonly Rating[]; tolerance: number }, summary: ImportSummary): string | null {
  const existing = tx.select({ id: claims.id }).from(claims).where(and(eq(claims.sourceVersionId, target.versionId), eq(claims.start, anchor.start), eq(claims.end, anchor.end))).get();
  if (existing) {
    summary.claims.alreadyPresent++;
    return null;
  }
  const { quote } = describeSpan(target.text, anchor.start, anchor.end);
  const verdict = findVerdict(scale, annotation);
  if (!verdict && (annotation.verdictKey || annotation.verdictLabel)) {
    const label = annotation.verdictLabel ?? annotation.verdictKey!;
    if (!summary.unknownVerdicts.includes(label)) summary.unknownVerdicts.push(label);
  }
  const now = new Date().toISOString();
  const status = annotation.status ?? "open";
  const claim = tx
    .insert(claims)
    .values({
      sourceId: target.id,
      sourceVersionId: target.versionId,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: anchor.start,
      end: anchor.end,
      quantityReading: storedReadingOf(quote.exact, tolerance),
      status,
      verdictKey: verdict?.key ?? null,
      rationale: annotation.rationale,
      approvedBy: status === "approved" ? actor.id : null,
      approvedAt: status === "approved" ? now : null,
      createdBy: actor.id,
    })
    .returning({ id: claims.id })
    .get();
  recordEvent(tx, {
    actorId: actor.id,
    action: "claim.created",
    subjectType: "claim",
    subjectId: claim.id,
    investigationId,
    data: { sourceId: target.id, sourceVersionId: target.versionId, exact: quote.exact, start: anchor.start, end: anchor.end, imported: anchor.status },
  });
  for (const item of annotation.evidence) {
    tx.insert(evidence).values({ claimId: claim.id, url: item.url, outlet: item.outlet, quote: item.quote, stance: item.stance, accessedAt: item.accessedAt, createdBy: actor.id }).run();
    summary.evidence++;
  }
  for (const comment of annotation.comments) {
    const attribution = comment.authorName ? `*Imported; written by ${comment.authorName}${comment.created ? ` on ${comment.created.slice(0, 10)}` : ""}.*\n\n` : "";
    tx.insert(comments).values({ claimId: claim.id, body: `${attribution}${comment.body}`, createdBy: actor.id }).run();
    summary.comments++;
  }
  return claim.id;
}
