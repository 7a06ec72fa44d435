import { and, asc, desc, eq, sql } from "drizzle-orm";
import { findQuote } from "@/lib/anchoring";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { canEditEvidence } from "@/lib/checking/permissions";
import { AppError } from "@/lib/errors";
import { canCreateClaim, type Actor } from "@/lib/permissions";
import { writeTransaction, type Transaction } from "../client";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { evidence, sources, sourceVersions, users, type QuoteMatchRecord } from "../schema";
import { assertAllowed } from "./actor";
import { getClaimContext, staleVersionError } from "./claim-context";
import { recordEvent } from "./events";
import { getVersionText } from "./version-texts";

export type EvidenceFields = { url?: string; outlet?: string; quote?: string; stance: "supports" | "refutes" | "adds-context"; accessedAt?: string };

/**
 * When the evidence links to one of the investigation's own sources, where its quote is in
 * that source (exact or fuzzy, via the anchoring module): in its current text; else in the
 * newest earlier version that has it (`earlier-version`, with `versionNumber` of
 * `versionCount`, offsets into that version); else a not-found marker. Null when the link
 * is not one of the sources or there is no quote.
 */
function matchQuoteInOwnSources(tx: Transaction, investigationId: string, fields: EvidenceFields): QuoteMatchRecord | null {
  if (!fields.url || !fields.quote) return null;
  const source = tx
    .select({ id: sources.id, title: sources.title })
    .from(sources)
    .where(and(eq(sources.investigationId, investigationId), eq(sources.url, fields.url)))
    .get();
  if (!source) return null;
  const named = { sourceId: source.id, sourceTitle: source.title };
  const versions = tx
    .select({ id: sourceVersions.id, number: sourceVersions.number })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, source.id))
    .orderBy(desc(sourceVersions.number))
    .all();
  for (const [index, version] of versions.entries()) {
    const match = findQuote(getVersionText(tx, version.id) ?? "", fields.quote);
    if (match === null) continue;
    if (index === 0) return { ...named, ...match };
    return { ...named, ...match, status: "earlier-version", matchedAs: match.status, versionNumber: version.number, versionCount: versions.length };
  }
  return { ...named, status: "not-found", score: 0 };
}

function valuesOf(fields: EvidenceFields) {
  return { url: fields.url ?? null, outlet: fields.outlet ?? null, quote: fields.quote ?? null, stance: fields.stance, accessedAt: fields.accessedAt ?? null };
}

/** Adds an evidence item to a claim; FORBIDDEN while the claim is approved (approval-lock.ts). */
export function addEvidence({ actor, claimId, fields }: { actor: Actor; claimId: string; fields: EvidenceFields }) {
  assertAllowed(canCreateClaim(actor), "You cannot add evidence.");
  return writeTransaction(db(), (tx) => {
    const { claim, investigationId } = getClaimContext(claimId);
    assertNotApproved(claim, "evidence");
    const row = tx
      .insert(evidence)
      .values({ claimId, ...valuesOf(fields), quoteMatch: matchQuoteInOwnSources(tx, investigationId, fields), createdBy: actor.id })
      .returning()
      .get();
    recordEvent(tx, {
      actorId: actor.id,
      action: "evidence.added",
      subjectType: "claim",
      subjectId: claimId,
      investigationId,
      data: { evidenceId: row.id, ...valuesOf(fields) },
    });
    return row;
  });
}

/** The evidence item to change: NOT_FOUND, FORBIDDEN (not theirs, or its claim approved) or CONFLICT (stale) otherwise. */
function getEvidenceForChange(tx: Transaction, actor: Actor, id: string, version: number) {
  const row = tx.select().from(evidence).where(eq(evidence.id, id)).get();
  if (!row) throw new AppError("NOT_FOUND", "This evidence item does not exist or was removed.");
  assertAllowed(canEditEvidence(actor, row), "Only editors can change evidence other people added.");
  const { claim, investigationId } = getClaimContext(row.claimId);
  assertNotApproved(claim, "evidence");
  if (row.version !== version) {
    throw staleVersionError("evidence item", {
      version: String(row.version),
      url: row.url ?? "",
      outlet: row.outlet ?? "",
      quote: row.quote ?? "",
      stance: row.stance,
      accessedAt: row.accessedAt ?? "",
    });
  }
  return { row, investigationId };
}

/** Changes an evidence item if it is still at `version`; records old → new of each changed field. */
export function updateEvidence({ actor, id, version, fields }: { actor: Actor; id: string; version: number; fields: EvidenceFields }) {
  return writeTransaction(db(), (tx) => {
    const { row, investigationId } = getEvidenceForChange(tx, actor, id, version);
    const next = valuesOf(fields);
    const updated = tx
      .update(evidence)
      .set({ ...next, quoteMatch: matchQuoteInOwnSources(tx, investigationId, fields), version: row.version + 1, updatedAt: new Date().toISOString() })
      .where(and(eq(evidence.id, id), eq(evidence.version, version)))
      .returning()
      .get()!;
    const changes = Object.fromEntries(
      Object.entries(next)
        .filter(([key, value]) => row[key as keyof typeof next] !== value)
        .map(([key, value]) => [key, [row[key as keyof typeof next], value]]),
    );
    recordEvent(tx, {
      actorId: actor.id,
      action: "evidence.updated",
      subjectType: "claim",
      subjectId: row.claimId,
      investigationId,
      data: { evidenceId: id, ...changes },
    });
    return updated;
  });
}

/** Removes an evidence item if it is still at `version`; the event keeps what it was. */
export function removeEvidence({ actor, id, version }: { actor: Actor; id: string; version: number }) {
  return writeTransaction(db(), (tx) => {
    const { row, investigationId } = getEvidenceForChange(tx, actor, id, version);
    tx.delete(evidence)
      .where(and(eq(evidence.id, id), eq(evidence.version, version)))
      .run();
    recordEvent(tx, {
      actorId: actor.id,
      action: "evidence.removed",
      subjectType: "claim",
      subjectId: row.claimId,
      investigationId,
      data: { evidenceId: id, url: row.url, outlet: row.outlet, stance: row.stance },
    });
    return { claimId: row.claimId };
  });
}

export function getEvidenceById({ actor, id }: { actor: Actor; id: string }) {
  void actor; // every signed-in role may read evidence
  const row = db().select().from(evidence).where(eq(evidence.id, id)).get();
  if (!row) throw new AppError("NOT_FOUND", "This evidence item does not exist or was removed.");
  return row;
}

const selectEvidenceOfClaim = preparedOnce((database) =>
  database
    .select({ evidence, createdByName: users.name })
    .from(evidence)
    .innerJoin(users, eq(users.id, evidence.createdBy))
    .where(eq(evidence.claimId, sql.placeholder("claimId")))
    .orderBy(asc(evidence.createdAt))
    .prepare(),
);

export function listEvidenceByClaim({ claimId }: { claimId: string }) {
  return selectEvidenceOfClaim()
    .all({ claimId })
    .map(({ evidence: row, createdByName }) => ({ ...row, createdByName }));
}
