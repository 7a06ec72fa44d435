import { alias } from "drizzle-orm/sqlite-core";
import { asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { describeSpan, type Anchor } from "@/lib/anchoring";
import { defaultRatingScale, findRating, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { codePointOffsets } from "@/lib/export/code-points";
import type { ExportClaim, ExportDocument, ExportFact, ExportParts, ExportPerson, ExportSource } from "@/lib/export/model";
import type { Actor } from "@/lib/permissions";
import { describeInterval, quantityOfClaim, quantityToJson } from "@/lib/quantities";
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
  const versionsOf = db()
    .select({ id: sourceVersions.id, number: sourceVersions.number, createdAt: sourceVersions.createdAt, sha256: sourceVersions.sha256 })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sql.placeholder("sourceId")))
    .orderBy(desc(sourceVersions.number))
    .prepare();
  const exportedSources = sourceRows.map((row) => toExportSource(row, versionsOf.all({ sourceId: row.id })));
  const exportedSourceIds = new Set(exportedSources.map((source) => source.id));
  const claimCount =
    exportedSources.length === 0
      ? 0
      : (db()
          .select({ n: count() })
          .from(claims)
          .where(inArray(claims.sourceId, [...exportedSourceIds]))
          .get()?.n ?? 0);

  const factComparisons = listFactComparisonsByInvestigation({ actor, investigationId });
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
  const discussion = discussionReader(actor, investigation.hidesOthersAssessments, scale);
  const claimsOf = claimsOfSourceReader();
  async function* claimsBySource(): AsyncGenerator<ExportClaim[]> {
    for (const source of exportedSources) {
      const claimList = claimsOfSource(claimsOf(source.id), source, context);
      discussion.attach(source.id, claimList);
      yield claimList;
      await yieldToEventLoop();
    }
  }

  return {
    head: {
      generatedAt: new Date().toISOString(),
      organisation: getOrganisation(),
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

function investigationOfSource(sourceId: string): string {
  const row = db().select({ investigationId: sources.investigationId }).from(sources).where(eq(sources.id, sourceId)).get();
  if (!row) throw new AppError("NOT_FOUND", "This source does not exist or was deleted.");
  return row.investigationId;
}

type SourceRow = typeof sources.$inferSelect;
/** A version without its text: texts are read (through the process cache) only where needed. */
type VersionRow = { id: string; number: number; createdAt: string; sha256: string };
type ExportSourceWithVersions = ExportSource & { version: ExportSource["version"] & { id: string }; versions: Map<string, VersionRow> };

/** `versions`: the source's versions, newest first. */
function toExportSource(row: SourceRow, versions: VersionRow[]): ExportSourceWithVersions {
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

/**
 * The claims of a source (`claimFields`): one statement, prepared once per export and run
 * per source. Rows are read as raw values and made into objects here, JSON columns parsed:
 * Drizzle's general per-field mapping cost as much as the query itself for 10,000 claims.
 */
function claimsOfSourceReader() {
  const statement = db()
    .select(claimFields)
    .from(claims)
    .innerJoin(creators, eq(creators.id, claims.createdBy))
    .leftJoin(assignees, eq(assignees.id, claims.assigneeId))
    .leftJoin(approvers, eq(approvers.id, claims.approvedBy))
    .where(eq(claims.sourceId, sql.placeholder("sourceId")))
    .prepare();
  return rowsBySource(statement, claimFields, ["quantityOverride", "quantityReading"]);
}

/**
 * Runs a prepared select of the flat `fields` for a source and makes its raw values into
 * rows as Drizzle would (`statement.all`), JSON columns `json` parsed, without Drizzle's
 * general per-field mapping (which cost as much as the queries themselves here).
 */
function rowsBySource<Row>(
  statement: { all(placeholders: { sourceId: string }): Row[]; values(placeholders: { sourceId: string }): unknown[][] },
  fields: Record<string, unknown>,
  json: Array<keyof Row> = [],
) {
  // Raw values come in the order of the selected fields.
  const keys = Object.keys(fields);
  return (sourceId: string): Row[] =>
    statement.values({ sourceId }).map((values) => {
      const row: Record<string, unknown> = {};
      keys.forEach((key, index) => (row[key] = values[index]));
      for (const key of json) row[key as string] = typeof row[key as string] === "string" ? (JSON.parse(row[key as string] as string) as unknown) : null;
      return row as Row;
    });
}

type ClaimOfSourceRow = ReturnType<ReturnType<typeof claimsOfSourceReader>>[number];

function claimsOfSource(rows: ClaimOfSourceRow[], source: ExportSourceWithVersions, context: ClaimContext): ExportClaim[] {
  const stored = anchorsOnVersion(db(), { id: source.version.id, text: source.version.text }, rows);
  const anchors = rows.map((claim) => stored.get(claim.id)!);
  const base = context.workspaceUrl.replace(/\/+$/, "");
  const targets = withCodePoints(rows.map((claim, index) => targetOf(claim, anchors[index]!, source)));
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
 * was made on. Code point offsets are filled in afterwards, a text at a time (`withCodePoints`).
 */
function targetOf(
  claim: Pick<typeof claims.$inferSelect, "sourceVersionId" | "exact" | "prefix" | "suffix" | "start" | "end">,
  anchor: Anchor,
  source: ExportSourceWithVersions,
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
    const counted = codePointOffsets(
      text,
      targets.flatMap((target) => [target.start, target.end]),
    );
    targets.forEach((target, index) => (target.codePoints = { start: counted[2 * index]!, end: counted[2 * index + 1]! }));
  }
  return located.map(({ target }) => target);
}

/**
 * Fills each claim's evidence, comments and the independent verdicts the actor may see, a
 * source at a time, with three statements prepared once per export. Items are in the order
 * they were added (time, then insertion).
 */
function discussionReader(actor: Actor, hidesOthersAssessments: boolean, scale: Rating[]) {
  const bySource = sql.placeholder("sourceId");
  const evidenceFields = {
    id: evidence.id,
    claimId: evidence.claimId,
    url: evidence.url,
    outlet: evidence.outlet,
    quote: evidence.quote,
    stance: evidence.stance,
    accessedAt: evidence.accessedAt,
    createdBy: evidence.createdBy,
    createdAt: evidence.createdAt,
    creatorName: users.name,
  };
  const evidenceOf = rowsBySource(
    db()
      .select(evidenceFields)
      .from(evidence)
      .innerJoin(claims, eq(claims.id, evidence.claimId))
      .innerJoin(users, eq(users.id, evidence.createdBy))
      .where(eq(claims.sourceId, bySource))
      .orderBy(asc(evidence.createdAt), asc(sql`${evidence}.rowid`))
      .prepare(),
    evidenceFields,
  );
  const commentFields = {
    id: comments.id,
    claimId: comments.claimId,
    body: comments.body,
    createdBy: comments.createdBy,
    createdAt: comments.createdAt,
    authorName: users.name,
  };
  const commentsOf = rowsBySource(
    db()
      .select(commentFields)
      .from(comments)
      .innerJoin(claims, eq(claims.id, comments.claimId))
      .innerJoin(users, eq(users.id, comments.createdBy))
      .where(eq(claims.sourceId, bySource))
      .orderBy(asc(comments.createdAt), asc(sql`${comments}.rowid`))
      .prepare(),
    commentFields,
  );
  const assessmentFields = {
    claimId: assessments.claimId,
    reviewerId: assessments.reviewerId,
    verdictKey: assessments.verdictKey,
    note: assessments.note,
    createdAt: assessments.createdAt,
    reviewerName: users.name,
  };
  const assessmentsOf = rowsBySource(
    db()
      .select(assessmentFields)
      .from(assessments)
      .innerJoin(claims, eq(claims.id, assessments.claimId))
      .innerJoin(users, eq(users.id, assessments.reviewerId))
      .where(eq(claims.sourceId, bySource))
      .orderBy(asc(assessments.createdAt), asc(sql`${assessments}.rowid`))
      .prepare(),
    assessmentFields,
  );
  return {
    attach(sourceId: string, claimList: ExportClaim[]) {
      const byId = new Map(claimList.map((claim) => [claim.id, claim]));
      for (const item of evidenceOf(sourceId)) {
        byId.get(item.claimId)?.evidence.push({
          id: item.id,
          url: item.url,
          outlet: item.outlet,
          quote: item.quote,
          stance: item.stance,
          accessedAt: item.accessedAt,
          createdBy: { id: item.createdBy, name: item.creatorName },
          createdAt: item.createdAt,
        });
      }
      for (const item of commentsOf(sourceId)) {
        byId
          .get(item.claimId)
          ?.comments.push({ id: item.id, body: item.body, author: { id: item.createdBy, name: item.authorName }, createdAt: item.createdAt });
      }
      const assessmentRows = assessmentsOf(sourceId);
      const recordedOwn = new Set(assessmentRows.filter((row) => row.reviewerId === actor.id).map((row) => row.claimId));
      for (const item of assessmentRows) {
        const isHidden = hidesOthersAssessments && actor.role === "reviewer" && item.reviewerId !== actor.id && !recordedOwn.has(item.claimId);
        if (isHidden) continue;
        byId.get(item.claimId)?.assessments.push({
          reviewer: { id: item.reviewerId, name: item.reviewerName },
          verdict: findRating(scale, item.verdictKey) ?? null,
          note: item.note,
          createdAt: item.createdAt,
        });
      }
    },
  };
}
