import "server-only";
import { asc, count, desc, eq, sql } from "drizzle-orm";
import { alias, type PgColumn } from "drizzle-orm/pg-core";
import { describeSpan, type Anchor } from "@/lib/anchoring";
import { defaultRatingScale, findRating, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { codePointOffsets } from "@/lib/export/code-points";
import type { ExportClaim, ExportDocument, ExportFact, ExportParts, ExportPerson, ExportSource } from "@/lib/export/model";
import type { Actor } from "@/lib/permissions";
import { describeInterval, quantityOfClaim, quantityToJson } from "@/lib/quantities";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { rawRows } from "../raw-rows";
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
 * therefore not one snapshot of the whole investigation: each statement reads what was
 * committed when it ran (on SQLite a source's statements run with nothing in between; on
 * PostgreSQL a change committed between them may show in a source's discussion, and an
 * item of a claim added after its source's claims were read is left out).
 */
export async function getExportDocument(request: ExportRequest): Promise<ExportDocument> {
  const { head, claimsBySource } = await openExport(request);
  const claimList: ExportClaim[] = [];
  for await (const claims of claimsBySource) for (const claim of claims) claimList.push(claim);
  return { ...head, claims: claimList };
}

type ExportRequest = { actor: Actor; scope: Scope; workspaceUrl: string };

/**
 * The export of {@link getExportDocument} as it is read: the head now (sources with their
 * texts, facts, settings; NOT_FOUND when the scope is gone), the claims a source at a time
 * as the consumer asks for them, each source's claims complete with their evidence,
 * comments and visible verdicts. A writer that turns each batch into text and drops it
 * never holds every claim at once.
 */
export async function openExport({ actor, scope, workspaceUrl }: ExportRequest): Promise<ExportParts> {
  const investigationId = "investigationId" in scope ? scope.investigationId : await investigationOfSource(scope.sourceId);
  const [investigation] = await db().select().from(investigations).where(eq(investigations.id, investigationId));
  if (!investigation) throw new AppError("NOT_FOUND", "This investigation does not exist or was deleted.");
  const scale: Rating[] = [...(investigation.ratingScale ?? defaultRatingScale)];
  const tolerance = investigation.approximateTolerancePercent / 100;

  const { hidesOthersAssessments } = investigation;
  const inScope = "sourceId" in scope ? eq(sources.id, scope.sourceId) : eq(sources.investigationId, investigationId);
  const sourceRows = await db()
    .select()
    .from(sources)
    .where(inScope)
    .orderBy(sql`${sources.publishedAt} asc nulls first`, asc(sources.title), asc(sources.id));
  const exportedSources: ExportSourceWithVersions[] = [];
  for (const row of sourceRows) exportedSources.push(await toExportSource(row, await selectVersionsOfSource().execute({ sourceId: row.id })));
  const exportedSourceIds = new Set(exportedSources.map((source) => source.id));
  const [counted] = await db().select({ n: count() }).from(claims).innerJoin(sources, eq(sources.id, claims.sourceId)).where(inScope);
  const claimCount = counted?.n ?? 0;

  const factComparisons = await listFactComparisonsByInvestigation({ actor, investigationId });
  const conflictReasons = new Map<string, string[]>();
  for (const fact of factComparisons) {
    for (const conflict of fact.conflicts) {
      for (const id of [conflict.a, conflict.b]) conflictReasons.set(id, [...(conflictReasons.get(id) ?? []), conflict.reason]);
    }
  }

  // Every claim of an exported source is exported, so a fact is in the export when one of its claims' sources is.
  const factsOut: ExportFact[] = factComparisons
    .filter((fact) => fact.items.some((item) => exportedSourceIds.has(item.sourceId)))
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
        anchorStatus: item.anchorStatus,
        wording: item.wording,
        interval: item.interval,
        verdict: scale.find((rating) => rating.label === item.verdict) ?? null,
      })),
      conflicts: fact.conflicts.map(({ a, b, reason }) => ({ a, b, reason })),
    }));

  const context: ClaimContext = { scale, tolerance, workspaceUrl, conflictReasons };
  async function* claimsBySource(): AsyncGenerator<ExportClaim[]> {
    for (const source of exportedSources) {
      const claimList = await claimsOfSource(await readClaimsOfSource(source.id), source, context);
      await attachDiscussion(actor, hidesOthersAssessments, scale, source.id, claimList);
      yield claimList;
      await yieldToEventLoop();
    }
  }

  return {
    head: {
      generatedAt: new Date().toISOString(),
      organisation: await getOrganisation(),
      workspaceUrl: workspaceUrl.replace(/\/+$/, ""),
      investigation: { id: investigation.id, title: investigation.title, createdAt: investigation.createdAt, updatedAt: investigation.updatedAt },
      scope: "sourceId" in scope ? { kind: "source", sourceId: scope.sourceId } : { kind: "investigation" },
      ratingScale: scale,
      sources: exportedSources.map(({ versions: _versions, version: { id: _id, ...version }, ...source }) => ({ ...source, version })),
      facts: factsOut,
    },
    claimCount,
    claimsBySource: claimsBySource(),
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

async function investigationOfSource(sourceId: string): Promise<string> {
  const [row] = await db().select({ investigationId: sources.investigationId }).from(sources).where(eq(sources.id, sourceId));
  if (!row) throw new AppError("NOT_FOUND", "This source does not exist or was deleted.");
  return row.investigationId;
}

type SourceRow = typeof sources.$inferSelect;
/** A version without its text: texts are read (through the process cache) only where needed. */
type VersionRow = { id: string; number: number; createdAt: string; sha256: string };
type ExportSourceWithVersions = ExportSource & { version: ExportSource["version"] & { id: string }; versions: Map<string, VersionRow> };

const selectVersionsOfSource = preparedOnce((database) =>
  database
    .select({ id: sourceVersions.id, number: sourceVersions.number, createdAt: sourceVersions.createdAt, sha256: sourceVersions.sha256 })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sql.placeholder("sourceId")))
    .orderBy(desc(sourceVersions.number))
    .prepare("export_versions_of_source"),
);

/** `versions`: the source's versions, newest first. NOT_FOUND when it has no text. */
async function toExportSource(row: SourceRow, versions: VersionRow[]): Promise<ExportSourceWithVersions> {
  const current = versions[0];
  const currentText = current ? await getVersionText(db(), current.id) : undefined;
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

/** What an export says of a claim, with the names of its creator, assignee and approver. */
const claimFields = {
  id: claims.id,
  sourceVersionId: claims.sourceVersionId,
  exact: claims.exact,
  prefix: claims.prefix,
  suffix: claims.suffix,
  start: claims.start,
  end: claims.end,
  status: claims.status,
  verdictKey: claims.verdictKey,
  rationale: claims.rationale,
  assigneeId: claims.assigneeId,
  approvedBy: claims.approvedBy,
  approvedAt: claims.approvedAt,
  factId: claims.factId,
  quantityOverride: claims.quantityOverride,
  quantityReading: claims.quantityReading,
  createdBy: claims.createdBy,
  createdAt: claims.createdAt,
  updatedAt: claims.updatedAt,
  creatorName: creators.name,
  assigneeName: assignees.name,
  approverName: approvers.name,
};

/** The claims of a source (`claimFields`), by their own span (ties by id): one statement, prepared once per connection. */
const selectClaimsOfSource = preparedOnce((database) =>
  database
    .select(claimFields)
    .from(claims)
    .innerJoin(creators, eq(creators.id, claims.createdBy))
    .leftJoin(assignees, eq(assignees.id, claims.assigneeId))
    .leftJoin(approvers, eq(approvers.id, claims.approvedBy))
    .where(eq(claims.sourceId, sql.placeholder("sourceId")))
    .orderBy(asc(claims.start), asc(claims.id))
    .prepare("export_claims_of_source"),
);

type ClaimOfSourceRow = Awaited<ReturnType<ReturnType<typeof selectClaimsOfSource>["execute"]>>[number];
const readClaimsOfSource = (sourceId: string) =>
  rawRows<ClaimOfSourceRow>(selectClaimsOfSource(), claimFields, { sourceId }, ["quantityOverride", "quantityReading"]);

async function claimsOfSource(rows: ClaimOfSourceRow[], source: ExportSourceWithVersions, context: ClaimContext): Promise<ExportClaim[]> {
  const stored = await anchorsOnVersion(db(), { id: source.version.id, text: source.version.text }, rows);
  const anchors = rows.map((claim) => stored.get(claim.id)!);
  const base = context.workspaceUrl.replace(/\/+$/, "");
  // Orphans are described on the version they were made on: read each such text once.
  const earlierTexts = new Map<string, string>();
  for (const [index, claim] of rows.entries()) {
    const madeOn = source.versions.get(claim.sourceVersionId);
    if (anchors[index]!.status === "orphan" && madeOn && !earlierTexts.has(madeOn.id))
      earlierTexts.set(madeOn.id, (await getVersionText(db(), madeOn.id)) ?? "");
  }
  const targets = withCodePoints(rows.map((claim, index) => targetOf(claim, anchors[index]!, source, earlierTexts)));
  return rows
    .map((claim, index) => {
      const { creatorName, assigneeName, approverName } = claim;
      const anchor = anchors[index]!;
      const quantity = quantityOfClaim(claim, context.tolerance);
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
 * was made on (its text in `earlierTexts`). Code point offsets are filled in afterwards, a
 * text at a time (`withCodePoints`).
 */
function targetOf(
  claim: Pick<typeof claims.$inferSelect, "sourceVersionId" | "exact" | "prefix" | "suffix" | "start" | "end">,
  anchor: Anchor,
  source: ExportSourceWithVersions,
  earlierTexts: Map<string, string>,
): { target: Target; text: string } {
  if (anchor.status !== "orphan") {
    const text = source.version.text;
    const { quote } = describeSpan(text, anchor.start, anchor.end);
    return {
      text,
      target: {
        versionNumber: source.version.number,
        versionCreatedAt: source.version.createdAt,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: anchor.start,
        end: anchor.end,
        codePoints: { start: 0, end: 0 },
      },
    };
  }
  const madeOn = source.versions.get(claim.sourceVersionId);
  return {
    text: (madeOn && earlierTexts.get(madeOn.id)) ?? "",
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
    const counted = codePointOffsets(
      text,
      targets.flatMap((target) => [target.start, target.end]),
    );
    targets.forEach((target, index) => (target.codePoints = { start: counted[2 * index]!, end: counted[2 * index + 1]! }));
  }
  return located.map(({ target }) => target);
}

/**
 * The rows of one kind of discussion (evidence, comments or independent verdicts) on the
 * claims of a source, with the name of the person in `personId`, in the order they were
 * added (time, then id): one statement per kind, prepared once per connection, read raw.
 */
function discussionOfSource<Fields extends Record<string, PgColumn>>(
  name: string,
  table: typeof evidence | typeof comments | typeof assessments,
  fields: Fields,
  personId: PgColumn,
) {
  const selected = { ...fields, claimId: table.claimId, createdAt: table.createdAt, personName: users.name };
  const statement = preparedOnce((database) =>
    database
      .select(selected)
      .from(table)
      .innerJoin(claims, eq(claims.id, table.claimId))
      .innerJoin(users, eq(users.id, personId))
      .where(eq(claims.sourceId, sql.placeholder("sourceId")))
      .orderBy(asc(table.createdAt), asc(table.id))
      .prepare(name),
  );
  type Row = Awaited<ReturnType<ReturnType<typeof statement>["execute"]>>[number];
  return (sourceId: string) => rawRows<Row>(statement(), selected, { sourceId });
}

const selectEvidenceOfSource = discussionOfSource(
  "export_evidence_of_source",
  evidence,
  {
    id: evidence.id,
    url: evidence.url,
    outlet: evidence.outlet,
    quote: evidence.quote,
    stance: evidence.stance,
    accessedAt: evidence.accessedAt,
    createdBy: evidence.createdBy,
  },
  evidence.createdBy,
);
const selectCommentsOfSource = discussionOfSource(
  "export_comments_of_source",
  comments,
  { id: comments.id, body: comments.body, createdBy: comments.createdBy },
  comments.createdBy,
);
const selectAssessmentsOfSource = discussionOfSource(
  "export_assessments_of_source",
  assessments,
  { reviewerId: assessments.reviewerId, verdictKey: assessments.verdictKey, note: assessments.note },
  assessments.reviewerId,
);

/**
 * Fills the evidence, comments and independent verdicts of a source's claims: the verdicts
 * the actor may see (others' are hidden from a reviewer who has not recorded their own on
 * that claim, when the investigation says so).
 */
async function attachDiscussion(actor: Actor, hidesOthersAssessments: boolean, scale: Rating[], sourceId: string, claimList: ExportClaim[]) {
  const byId = new Map(claimList.map((claim) => [claim.id, claim]));
  for (const item of await selectEvidenceOfSource(sourceId)) {
    byId.get(item.claimId)?.evidence.push({
      id: item.id,
      url: item.url,
      outlet: item.outlet,
      quote: item.quote,
      stance: item.stance,
      accessedAt: item.accessedAt,
      createdBy: { id: item.createdBy, name: item.personName },
      createdAt: item.createdAt,
    });
  }
  for (const item of await selectCommentsOfSource(sourceId)) {
    byId.get(item.claimId)?.comments.push({ id: item.id, body: item.body, author: { id: item.createdBy, name: item.personName }, createdAt: item.createdAt });
  }
  const assessmentRows = await selectAssessmentsOfSource(sourceId);
  const recordedOwn = new Set(assessmentRows.filter((row) => row.reviewerId === actor.id).map((row) => row.claimId));
  for (const item of assessmentRows) {
    const isHidden = hidesOthersAssessments && actor.role === "reviewer" && item.reviewerId !== actor.id && !recordedOwn.has(item.claimId);
    if (isHidden) continue;
    byId.get(item.claimId)?.assessments.push({
      reviewer: { id: item.reviewerId, name: item.personName },
      verdict: findRating(scale, item.verdictKey) ?? null,
      note: item.note,
      createdAt: item.createdAt,
    });
  }
}
