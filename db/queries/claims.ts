import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { anchorPartialSelector, describeSpan, snapSelection, type Anchor, type ClaimSelectors } from "@/lib/anchoring";
import { assertNotApproved } from "@/lib/checking/approval-lock";
import { AppError } from "@/lib/errors";
import { canCreateClaim, canEditClaim, type Actor } from "@/lib/permissions";
import { storedReadingOf } from "@/lib/quantities";
import type { Transaction } from "../client";
import { db, forUpdate, writeTransaction } from "../connection";
import { newId, now, preparedOnce } from "../prepared";
import { claims, investigations, sources, sourceVersions, users, type ClaimRow } from "../schema";
import { assertAllowed } from "./actor";
import { anchorsOnVersion, forgetAnchorsOfClaim, selectorsOfClaim } from "./claim-anchors";
import { recordEvent } from "./events";
import { followClaimInTransaction } from "./follows";
import { getVersionText } from "./version-texts";
import { indexClaims } from "./search-index";

/**
 * A claim as the reader and the API see it: its selectors on the version it was made on,
 * and its anchor on the source's current version (computed from those selectors).
 */
export type ClaimView = {
  id: string;
  sourceId: string;
  sourceVersionId: string;
  selectors: Required<ClaimSelectors>;
  anchor: Anchor;
  status: "open" | "in-review" | "approved";
  verdictKey: string | null;
  factId: string | null;
  /** The day (YYYY-MM-DD) an editor wants the check done by, or null. */
  dueAt: string | null;
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  version: number;
};

const selectCurrentVersion = preparedOnce((database) =>
  database
    .select({ id: sourceVersions.id, number: sourceVersions.number })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sql.placeholder("sourceId")))
    .orderBy(desc(sourceVersions.number))
    .limit(1)
    .prepare("claims_current_version"),
);
const selectSource = preparedOnce((database) =>
  database
    .select({
      id: sources.id,
      investigationId: sources.investigationId,
      language: sources.language,
      tolerancePercent: investigations.approximateTolerancePercent,
    })
    .from(sources)
    .innerJoin(investigations, eq(investigations.id, sources.investigationId))
    .where(eq(sources.id, sql.placeholder("sourceId")))
    .prepare("claims_source"),
);
/**
 * `selectSource` for a claim about to be made on it, in one statement: the source's row alone
 * is locked until the transaction ends (nothing on SQLite, whose writer is alone), so claims
 * made on one source at once are written one after the other and the duplicate check holds;
 * changes elsewhere in the investigation do not wait.
 */
const selectSourceLocked = preparedOnce((database) =>
  forUpdate(
    database
      .select({
        id: sources.id,
        investigationId: sources.investigationId,
        language: sources.language,
        tolerancePercent: investigations.approximateTolerancePercent,
      })
      .from(sources)
      .innerJoin(investigations, eq(investigations.id, sources.investigationId))
      .where(eq(sources.id, sql.placeholder("sourceId"))),
    sources,
  ).prepare("claims_source_locked"),
);

/** The source's current version, its text from the process cache (versions never change). */
async function getCurrentVersion(sourceId: string) {
  const [version] = await selectCurrentVersion().execute({ sourceId });
  const text = version ? await getVersionText(db(), version.id) : undefined;
  if (!version || text === undefined) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
  return { ...version, text };
}

/** The source with its language and its investigation's tolerance for "about N" (a share), which figures are read with. */
async function getSourceOrThrow(sourceId: string, { lock = false } = {}) {
  const [source] = await (lock ? selectSourceLocked() : selectSource()).execute({ sourceId });
  if (!source) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
  return { id: source.id, investigationId: source.investigationId, language: source.language, tolerance: source.tolerancePercent / 100 };
}

/** `getSourceOrThrow` for a claim about to be made on it, its row locked (`selectSourceLocked`). */
const getSourceForNewClaim = (sourceId: string) => getSourceOrThrow(sourceId, { lock: true });

/**
 * Snaps `[start, end)` to whole graphemes without surrounding whitespace and describes it
 * on `text`. INVALID when nothing but whitespace (or an impossible range) was selected.
 */
function describeSelection(text: string, start: number, end: number): Required<ClaimSelectors> {
  const snapped = snapSelection(text, start, end);
  if (!snapped) throw new AppError("INVALID", { key: "Errors.invalid.selectionEmpty" }, { fields: { start: "Errors.invalid.selectionOutside" } });
  const { quote } = describeSpan(text, snapped.start, snapped.end);
  return { quote, position: { type: "TextPositionSelector", start: snapped.start, end: snapped.end } };
}

const selectClaimsOnSpan = preparedOnce((database) =>
  database
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(eq(claims.sourceVersionId, sql.placeholder("sourceVersionId")), eq(claims.start, sql.placeholder("start")), eq(claims.end, sql.placeholder("end"))),
    )
    .prepare("claims_on_span"),
);

/** INVALID when a claim of this source already covers exactly this span of this version. */
async function assertNotDuplicate(sourceVersionId: string, span: { start: number; end: number }, exceptId?: string) {
  const existing = (await selectClaimsOnSpan().execute({ sourceVersionId, start: span.start, end: span.end })).filter((row) => row.id !== exceptId);
  if (existing.length) throw new AppError("INVALID", { key: "Errors.invalid.duplicateClaim" }, { fields: { start: "duplicate" } });
}

/** The values of a new claim's row as placeholders, for the prepared inserts here and in the annotation import. */
export const newClaimPlaceholders = {
  id: sql.placeholder("id"),
  sourceId: sql.placeholder("sourceId"),
  sourceVersionId: sql.placeholder("sourceVersionId"),
  exact: sql.placeholder("exact"),
  prefix: sql.placeholder("prefix"),
  suffix: sql.placeholder("suffix"),
  start: sql.placeholder("start"),
  end: sql.placeholder("end"),
  quantityReading: sql.placeholder("quantityReading"),
  createdBy: sql.placeholder("createdBy"),
  createdAt: sql.placeholder("createdAt"),
  updatedAt: sql.placeholder("createdAt"),
};

const insertClaimRow = preparedOnce((database) => database.insert(claims).values(newClaimPlaceholders).returning().prepare("claims_insert"));

async function insertClaim(
  actor: Actor,
  source: { id: string; investigationId: string; language: string; tolerance: number },
  versionId: string,
  selectors: Required<ClaimSelectors>,
) {
  await assertNotDuplicate(versionId, selectors.position);
  const { exact, prefix, suffix } = selectors.quote;
  const quantityReading = storedReadingOf(exact, source.tolerance, source.language);
  const [inserted] = await insertClaimRow().execute({
    id: newId(),
    sourceId: source.id,
    sourceVersionId: versionId,
    exact,
    prefix,
    suffix,
    start: selectors.position.start,
    end: selectors.position.end,
    quantityReading,
    createdBy: actor.id,
    createdAt: now(),
  });
  const row = inserted!;
  await followClaimInTransaction(actor.id, row.id);
  await recordEvent({
    actorId: actor.id,
    action: "claim.created",
    subjectType: "claim",
    subjectId: row.id,
    investigationId: source.investigationId,
    data: { sourceId: source.id, sourceVersionId: versionId, exact: row.exact, start: row.start, end: row.end },
  });
  await indexClaims([row.id]);
  return row;
}

function toView(row: ClaimRow, creatorName: string, anchor: Anchor): ClaimView {
  return {
    id: row.id,
    sourceId: row.sourceId,
    sourceVersionId: row.sourceVersionId,
    selectors: selectorsOfClaim(row),
    anchor,
    status: row.status,
    verdictKey: row.verdictKey,
    factId: row.factId,
    dueAt: row.dueAt,
    createdBy: { id: row.createdBy, name: creatorName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/**
 * Creates a claim from a selection `[start, end)` (UTF-16 code units) of the version the
 * reviewer was reading (`sourceVersionId`; the current version when omitted, as in the API).
 * CONFLICT when that is no longer the current version, so offsets are never applied to a
 * text they were not measured on.
 */
export async function createClaim({
  actor,
  sourceId,
  sourceVersionId,
  start,
  end,
}: {
  actor: Actor;
  sourceId: string;
  sourceVersionId?: string;
  start: number;
  end: number;
}): Promise<ClaimView> {
  assertAllowed(canCreateClaim(actor), "You cannot highlight claims.");
  return writeTransaction(async () => {
    const source = await getSourceForNewClaim(sourceId);
    const current = await getCurrentVersion(sourceId);
    if (sourceVersionId !== undefined && current.id !== sourceVersionId) throw new AppError("CONFLICT", { key: "Errors.conflict.sourceNewerVersion" });
    const selectors = describeSelection(current.text, start, end);
    const row = await insertClaim(actor, source, current.id, selectors);
    return toView(row, actor.name, { status: "exact", start: row.start, end: row.end, score: 1 });
  });
}

/**
 * Creates a claim from a W3C selector (quote with optional context and position), anchored
 * on the current version with `anchorPartialSelector` (missing context = no constraint). INVALID with the reason when it does not anchor: a claim is
 * never created on words the selector does not identify.
 */
export async function createClaimFromSelector({
  actor,
  sourceId,
  selector,
}: {
  actor: Actor;
  sourceId: string;
  selector: { exact: string; prefix?: string; suffix?: string; start?: number; end?: number };
}): Promise<ClaimView> {
  assertAllowed(canCreateClaim(actor), "You cannot highlight claims.");
  return writeTransaction(async () => {
    const source = await getSourceForNewClaim(sourceId);
    const current = await getCurrentVersion(sourceId);
    const anchor = anchorPartialSelector(current.text, selector);
    if (anchor.status === "orphan") {
      throw new AppError("INVALID", `The selector does not identify one place in the current text of this source (${anchor.reason}).`, {
        fields: { selector: anchor.reason },
      });
    }
    const row = await insertClaim(actor, source, current.id, describeSelection(current.text, anchor.start, anchor.end));
    return toView(row, actor.name, { status: anchor.status, start: row.start, end: row.end, score: anchor.score });
  });
}

/**
 * Every claim of a source with its anchor on the current version, in text order; orphans
 * last. Claims made on the current version are exact by construction; the others are
 * re-anchored from their selectors.
 */
export async function listClaimsBySource({
  actor,
  sourceId,
  version,
}: {
  actor: Actor;
  sourceId: string;
  version?: { id: string; text: string };
}): Promise<ClaimView[]> {
  void actor; // every signed-in role may read every claim
  await getSourceOrThrow(sourceId);
  // An earlier version shows the claims as they fall on it; by default, the current one.
  const current = version ?? (await getCurrentVersion(sourceId));
  const rows = await db()
    .select({ claim: claims, creatorName: users.name })
    .from(claims)
    .innerJoin(users, eq(users.id, claims.createdBy))
    .where(eq(claims.sourceId, sourceId))
    .orderBy(claims.start, claims.id);
  const anchors = await anchorsOnVersion(
    db(),
    current,
    rows.map(({ claim }) => claim),
  );
  const views = rows.map(({ claim, creatorName }) => toView(claim, creatorName, anchors.get(claim.id)!));
  const startOf = (view: ClaimView) => (view.anchor.status === "orphan" ? Number.POSITIVE_INFINITY : view.anchor.start);
  const endOf = (view: ClaimView) => (view.anchor.status === "orphan" ? 0 : view.anchor.end);
  return views.sort((a, b) => startOf(a) - startOf(b) || endOf(b) - endOf(a));
}

/**
 * The claim to change, its row locked until the transaction ends (`forUpdate`), so the status
 * (approval lock) and version it is checked against still hold when it is written.
 */
async function getClaimForChange(tx: Transaction, actor: Actor, id: string, seenVersion?: number) {
  const [claim] = await forUpdate(tx.select().from(claims).where(eq(claims.id, id)));
  if (!claim) throw new AppError("NOT_FOUND", { key: "Errors.notFound.claim" });
  assertAllowed(canEditClaim(actor, claim), "Only editors can change claims other people made.");
  if (seenVersion !== undefined && claim.version !== seenVersion) throw changedMeanwhile(claim.version);
  const [source] = await tx.select({ investigationId: sources.investigationId }).from(sources).where(eq(sources.id, claim.sourceId));
  return { claim, investigationId: source!.investigationId };
}

const changedMeanwhile = (version: number) => new AppError("CONFLICT", { key: "Errors.conflict.claimChanged" }, { fields: { version: String(version) } });

/** Deletes a claim (its creator or an editor; not while approved); the events table keeps what it was. */
export async function deleteClaim({ actor, id, version }: { actor: Actor; id: string; version?: number }): Promise<{ sourceId: string }> {
  return writeTransaction(async (tx) => {
    const { claim, investigationId } = await getClaimForChange(tx, actor, id, version);
    assertNotApproved(claim, "existence");
    const deleted = await tx
      .delete(claims)
      .where(and(eq(claims.id, id), eq(claims.version, claim.version)))
      .returning({ id: claims.id });
    if (deleted.length === 0) throw changedMeanwhile(claim.version);
    await recordEvent({
      actorId: actor.id,
      action: "claim.deleted",
      subjectType: "claim",
      subjectId: id,
      investigationId,
      data: { sourceId: claim.sourceId, exact: claim.exact, start: claim.start, end: claim.end },
    });
    return { sourceId: claim.sourceId };
  });
}

/**
 * Moves a claim to a new selection on the current version (re-select), or re-attaches an
 * orphan (a claim whose words are no longer in the current version) to new words: the same
 * change, recorded in the history as a re-attachment. The claim's selectors become the new
 * words on the current version, and its stored anchors on every version are dropped in the
 * same transaction, so no reader finds it orphaned on the current version afterwards (the
 * old words stay in the history). Refused with CONFLICT when the claim changed since
 * `version` or the source has a newer version; FORBIDDEN while the claim is approved
 * (approval-lock.ts: an editor reopens it first).
 */
export async function updateClaimSpan({
  actor,
  id,
  version,
  sourceVersionId,
  start,
  end,
}: {
  actor: Actor;
  id: string;
  version: number;
  sourceVersionId: string;
  start: number;
  end: number;
}): Promise<ClaimView> {
  return writeTransaction(async (tx) => {
    const { claim, investigationId } = await getClaimForChange(tx, actor, id, version);
    assertNotApproved(claim, "span");
    const current = await getCurrentVersion(claim.sourceId);
    if (current.id !== sourceVersionId) throw new AppError("CONFLICT", { key: "Errors.conflict.sourceNewerVersion" });
    const selectors = describeSelection(current.text, start, end);
    await assertNotDuplicate(current.id, selectors.position, id);
    const wasOrphan = (await anchorsOnVersion(tx, current, [claim])).get(id)!.status === "orphan";
    await forgetAnchorsOfClaim(tx, id);
    const { tolerance, language } = await getSourceOrThrow(claim.sourceId);
    const quantityReading = storedReadingOf(selectors.quote.exact, tolerance, language);
    const [row] = await tx
      .update(claims)
      .set({
        sourceVersionId: current.id,
        ...selectors.quote,
        start: selectors.position.start,
        end: selectors.position.end,
        quantityReading,
        version: claim.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(claims.id, id), eq(claims.version, claim.version)))
      .returning();
    if (!row) throw changedMeanwhile(claim.version);
    await recordEvent({
      actorId: actor.id,
      action: "claim.span-changed",
      subjectType: "claim",
      subjectId: id,
      investigationId,
      data: {
        exact: [claim.exact, row.exact],
        start: [claim.start, row.start],
        end: [claim.end, row.end],
        sourceVersionId: [claim.sourceVersionId, row.sourceVersionId],
        ...(wasOrphan ? { reattached: true } : {}),
      },
    });
    await indexClaims([id]);
    const [creator] = await tx.select({ name: users.name }).from(users).where(eq(users.id, row.createdBy));
    return toView(row, creator?.name ?? "", { status: "exact", start: row.start, end: row.end, score: 1 });
  });
}
