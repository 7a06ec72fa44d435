import { alias } from "drizzle-orm/sqlite-core";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { describeSpan, type Anchor } from "@/lib/anchoring";
import { defaultRatingScale, findRating, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { codePointOffsets } from "@/lib/export/code-points";
import type { ExportClaim, ExportDocument, ExportFact, ExportPerson, ExportSource } from "@/lib/export/model";
import type { Actor } from "@/lib/permissions";
import { describeInterval, quantityFromJson, quantityToJson, readQuantity } from "@/lib/quantities";
import { db } from "../connection";
import { assessments, claims, comments, evidence, investigations, sources, sourceVersions, users } from "../schema";
import { anchorsOnVersion } from "./claim-anchors";
import { listFactComparisonsByInvestigation } from "./facts";
import { getOrganisation } from "./organisation";
import { getVersionText } from "./version-texts";

type Scope = { investigationId: string } | { sourceId: string };

/**
 * Everything an export of an investigation (or of one of its sources) says, as the acting
 * user may read it: every signed-in role reads every claim, but independent verdicts of
 * others stay hidden from a reviewer who has not recorded their own when the investigation
 * says so (as in the claim panel). Anchors are computed on each source's current version;
 * orphans are described on the version they were made on. NOT_FOUND when the scope is gone.
 *
 * Large investigations are read a source at a time, yielding to the event loop in between,
 * so other requests are served while a 10,000-claim export is gathered. The document is
 * therefore consistent per source, not one snapshot of the whole investigation.
 */
export async function getExportDocument({ actor, scope, workspaceUrl }: { actor: Actor; scope: Scope; workspaceUrl: string }): Promise<ExportDocument> {
  const investigationId = "investigationId" in scope ? scope.investigationId : investigationOfSource(scope.sourceId);
  const investigation = db().select().from(investigations).where(eq(investigations.id, investigationId)).get();
  if (!investigation) throw new AppError("NOT_FOUND", "This investigation does not exist or was deleted.");
  const scale: Rating[] = [...(investigation.ratingScale ?? defaultRatingScale)];
  const tolerance = investigation.approximateTolerancePercent / 100;

  const sourceRows = db()
    .select()
    .from(sources)
    .where("sourceId" in scope ? eq(sources.id, scope.sourceId) : eq(sources.investigationId, investigationId))
    .orderBy(asc(sources.publishedAt), asc(sources.title))
    .all();
  const exportedSources = sourceRows.map((row) => toExportSource(row));

  const factComparisons = listFactComparisonsByInvestigation({ actor, investigationId });
  const conflictReasons = new Map<string, string[]>();
  for (const fact of factComparisons) {
    for (const conflict of fact.conflicts) {
      for (const id of [conflict.a, conflict.b]) conflictReasons.set(id, [...(conflictReasons.get(id) ?? []), conflict.reason]);
    }
  }

  const claimList: ExportClaim[] = [];
  for (const source of exportedSources) {
    claimList.push(...claimsOfSource(source, { scale, tolerance, workspaceUrl, conflictReasons }));
    await yieldToEventLoop();
  }
  await attachDiscussion(actor, claimList, investigation.hidesOthersAssessments, scale);

  const exportedClaimIds = new Set(claimList.map((claim) => claim.id));
  const factsOut: ExportFact[] = factComparisons
    .filter((fact) => fact.items.some((item) => exportedClaimIds.has(item.id)))
    .map((fact) => ({
      id: fact.id,
      title: fact.title,
      rows: fact.items.map((item) => ({
        claimId: item.id,
        sourceId: item.sourceId,
        sourceTitle: item.sourceTitle,
        outlet: item.outlet,
        url: item.url,
        publishedAt: item.publishedAt,
        exact: item.exact,
        interval: item.interval,
        verdict: scale.find((rating) => rating.label === item.verdict) ?? null,
      })),
      conflicts: fact.conflicts.map(({ a, b, reason }) => ({ a, b, reason })),
    }));

  return {
    generatedAt: new Date().toISOString(),
    organisation: getOrganisation(),
    workspaceUrl: workspaceUrl.replace(/\/+$/, ""),
    investigation: { id: investigation.id, title: investigation.title, createdAt: investigation.createdAt, updatedAt: investigation.updatedAt },
    scope: "sourceId" in scope ? { kind: "source", sourceId: scope.sourceId } : { kind: "investigation" },
    ratingScale: scale,
    sources: exportedSources.map(({ versions: _versions, version: { id: _id, ...version }, ...source }) => ({ ...source, version })),
    claims: claimList,
    facts: factsOut,
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function investigationOfSource(sourceId: string): string {
  const row = db().select({ investigationId: sources.investigationId }).from(sources).where(eq(sources.id, sourceId)).get();
  if (!row) throw new AppError("NOT_FOUND", "This source does not exist or was deleted.");
  return row.investigationId;
}

type SourceRow = typeof sources.$inferSelect;
/** A version without its text: texts are read (through the process cache) only where needed. */
type VersionRow = { id: string; number: number; createdAt: string; sha256: string };
type ExportSourceWithVersions = ExportSource & { version: ExportSource["version"] & { id: string }; versions: Map<string, VersionRow> };

function toExportSource(row: SourceRow): ExportSourceWithVersions {
  const versions = db()
    .select({ id: sourceVersions.id, number: sourceVersions.number, createdAt: sourceVersions.createdAt, sha256: sourceVersions.sha256 })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, row.id))
    .orderBy(desc(sourceVersions.number))
    .all();
  const current = versions[0];
  const currentText = current ? getVersionText(db(), current.id) : undefined;
  if (!current || currentText === undefined) throw new AppError("NOT_FOUND", `The source “${row.title}” has no text.`);
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    urn: `urn:corroborate:source:${row.id}`,
    publishedAt: row.publishedAt,
    version: { id: current.id, number: current.number, createdAt: current.createdAt, sha256: current.sha256, text: currentText },
    versions: new Map(versions.map((version) => [version.id, version])),
  };
}

const creators = alias(users, "creators");
const assignees = alias(users, "assignees");
const approvers = alias(users, "approvers");

type ClaimContext = { scale: Rating[]; tolerance: number; workspaceUrl: string; conflictReasons: Map<string, string[]> };

function claimsOfSource(source: ExportSourceWithVersions, context: ClaimContext): ExportClaim[] {
  const rows = db()
    .select({ claim: claims, creatorName: creators.name, assigneeName: assignees.name, approverName: approvers.name })
    .from(claims)
    .innerJoin(creators, eq(creators.id, claims.createdBy))
    .leftJoin(assignees, eq(assignees.id, claims.assigneeId))
    .leftJoin(approvers, eq(approvers.id, claims.approvedBy))
    .where(eq(claims.sourceId, source.id))
    .all();
  const stored = anchorsOnVersion(db(), { id: source.version.id, text: source.version.text }, rows.map(({ claim }) => claim));
  const anchors = rows.map(({ claim }) => stored.get(claim.id)!);
  const base = context.workspaceUrl.replace(/\/+$/, "");
  const targets = withCodePoints(rows.map(({ claim }, index) => targetOf(claim, anchors[index]!, source)));
  return rows
    .map(({ claim, creatorName, assigneeName, approverName }, index) => {
      const anchor = anchors[index]!;
      const quantity = claim.quantityOverride ? quantityFromJson(claim.quantityOverride) : readQuantity(claim.exact, { approximateTolerance: context.tolerance });
      const person = (id: string | null, name: string | null): ExportPerson | null => (id && name ? { id, name } : null);
      return {
        id: claim.id,
        sourceId: source.id,
        url: `${base}/sources/${source.id}?claim=${claim.id}`,
        target: targets[index]!,
        anchorStatus: anchor.status,
        status: claim.status,
        verdict: findRating(context.scale, claim.verdictKey) ?? null,
        rationale: claim.rationale,
        assignee: person(claim.assigneeId, assigneeName),
        createdBy: { id: claim.createdBy, name: creatorName },
        createdAt: claim.createdAt,
        updatedAt: claim.updatedAt,
        approvedBy: person(claim.approvedBy, approverName),
        approvedAt: claim.approvedAt,
        evidence: [],
        comments: [],
        assessments: [],
        factId: claim.factId,
        quantity: quantity ? quantityToJson(quantity) : null,
        interval: quantity ? describeInterval(quantity) : null,
        conflicts: context.conflictReasons.get(claim.id) ?? [],
      } satisfies ExportClaim;
    })
    .sort((a, b) => orderOf(a) - orderOf(b) || a.target.end - b.target.end);
}

const orderOf = (claim: ExportClaim) => (claim.anchorStatus === "orphan" ? Number.POSITIVE_INFINITY : claim.target.start);

type Target = ExportClaim["target"];

/**
 * Where the claim's words are: on the current version when anchored, else on the version it
 * was made on. Code point offsets are filled in afterwards, a text at a time (`withCodePoints`).
 */
function targetOf(claim: typeof claims.$inferSelect, anchor: Anchor, source: ExportSourceWithVersions): { target: Target; text: string } {
  if (anchor.status !== "orphan") {
    const text = source.version.text;
    const { quote } = describeSpan(text, anchor.start, anchor.end);
    return {
      text,
      target: { versionNumber: source.version.number, versionCreatedAt: source.version.createdAt, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix, start: anchor.start, end: anchor.end, codePoints: { start: 0, end: 0 } },
    };
  }
  const madeOn = source.versions.get(claim.sourceVersionId);
  return {
    text: (madeOn && getVersionText(db(), madeOn.id)) ?? "",
    target: {
      versionNumber: madeOn?.number ?? source.version.number,
      versionCreatedAt: madeOn?.createdAt ?? source.version.createdAt,
      exact: claim.exact,
      prefix: claim.prefix,
      suffix: claim.suffix,
      start: claim.start,
      end: claim.end,
      codePoints: { start: 0, end: 0 },
    },
  };
}

/** Sets `codePoints` of every target, counting each distinct text once. */
function withCodePoints(located: Array<{ target: Target; text: string }>): Target[] {
  const byText = new Map<string, Target[]>();
  for (const { target, text } of located) {
    const group = byText.get(text);
    if (group) group.push(target);
    else byText.set(text, [target]);
  }
  for (const [text, targets] of byText) {
    const counted = codePointOffsets(text, targets.flatMap((target) => [target.start, target.end]));
    targets.forEach((target, index) => (target.codePoints = { start: counted[2 * index]!, end: counted[2 * index + 1]! }));
  }
  return located.map(({ target }) => target);
}

/** Fills each claim's evidence, comments and the independent verdicts the actor may see. */
async function attachDiscussion(actor: Actor, claimList: ExportClaim[], hidesOthersAssessments: boolean, scale: Rating[]) {
  const byId = new Map(claimList.map((claim) => [claim.id, claim]));
  for (const ids of chunksOf([...byId.keys()], 500)) {
    for (const row of db()
      .select({ item: evidence, creatorName: users.name })
      .from(evidence)
      .innerJoin(users, eq(users.id, evidence.createdBy))
      .where(inArray(evidence.claimId, ids))
      .orderBy(asc(evidence.createdAt))
      .all()) {
      const { item } = row;
      byId.get(item.claimId)!.evidence.push({
        id: item.id,
        url: item.url,
        outlet: item.outlet,
        quote: item.quote,
        stance: item.stance,
        accessedAt: item.accessedAt,
        createdBy: { id: item.createdBy, name: row.creatorName },
        createdAt: item.createdAt,
      });
    }
    for (const row of db()
      .select({ item: comments, authorName: users.name })
      .from(comments)
      .innerJoin(users, eq(users.id, comments.createdBy))
      .where(inArray(comments.claimId, ids))
      .orderBy(asc(comments.createdAt))
      .all()) {
      byId.get(row.item.claimId)!.comments.push({ id: row.item.id, body: row.item.body, author: { id: row.item.createdBy, name: row.authorName }, createdAt: row.item.createdAt });
    }
    const assessmentRows = db()
      .select({ item: assessments, reviewerName: users.name })
      .from(assessments)
      .innerJoin(users, eq(users.id, assessments.reviewerId))
      .where(inArray(assessments.claimId, ids))
      .orderBy(asc(assessments.createdAt))
      .all();
    const recordedOwn = new Set(assessmentRows.filter((row) => row.item.reviewerId === actor.id).map((row) => row.item.claimId));
    for (const { item, reviewerName } of assessmentRows) {
      const isHidden = hidesOthersAssessments && actor.role === "reviewer" && item.reviewerId !== actor.id && !recordedOwn.has(item.claimId);
      if (isHidden) continue;
      byId.get(item.claimId)!.assessments.push({ reviewer: { id: item.reviewerId, name: reviewerName }, verdict: findRating(scale, item.verdictKey) ?? null, note: item.note, createdAt: item.createdAt });
    }
    await yieldToEventLoop();
  }
  return claimList;
}

function chunksOf<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < items.length; index += size) out.push(items.slice(index, index + size));
  return out;
}
