import "server-only";
import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import { alias, type PgColumn } from "drizzle-orm/pg-core";
import { describeSpan, type Anchor } from "@/lib/anchoring";
import { defaultRatingScale, findRating, type Rating } from "@/lib/checking/rating-scale";
import { AppError } from "@/lib/errors";
import { codePointOffsets } from "@/lib/export/code-points";
import { defaultLocale, isLocale } from "@/lib/i18n/locales";
import type { ExportAudience, ExportClaim, ExportDocument, ExportFact, ExportParts, ExportPerson, ExportSource } from "@/lib/export/model";
import type { Actor } from "@/lib/permissions";
import { publishedAddressOf } from "@/lib/publication/published-address";
import { sentenceAround } from "@/lib/publication/statement";
import { describeInterval, quantityOfClaim, quantityToJson } from "@/lib/quantities";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { rawRows } from "../raw-rows";
import { assessments, captures, claims, comments, evidence, investigations, sources, sourceVersions, users } from "../schema";
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

/**
 * `audience` (default internal): a public export reads approved claims only, and never reads
 * their comments, independent verdicts, assignees, creators or approvers, nor the people who
 * added evidence (its statements do not select them); sources without an approved claim
 * are left out, and so are a fact's rows and conflicts that involve an unapproved claim.
 */
type ExportRequest = { scope: Scope; workspaceUrl: string } & (
  | { actor: Actor; audience?: ExportAudience }
  /** A public link's reader: nobody signed in, so only a public document. */
  | { actor: null; audience: "public" }
);

/**
 * The export of {@link getExportDocument} as it is read: the head now (sources with their
 * texts, facts, settings; NOT_FOUND when the scope is gone), the claims a source at a time
 * as the consumer asks for them, each source's claims complete with their evidence,
 * comments and visible verdicts. A writer that turns each batch into text and drops it
 * never holds every claim at once.
 */
export async function openExport({ actor, scope, workspaceUrl, audience = "internal" }: ExportRequest): Promise<ExportParts> {
  const isPublic = audience === "public";
  const investigationId = "investigationId" in scope ? scope.investigationId : await investigationOfSource(scope.sourceId);
  const [investigation] = await db().select().from(investigations).where(eq(investigations.id, investigationId));
  if (!investigation) throw new AppError("NOT_FOUND", { key: "Errors.notFound.investigation" });
  const scale: Rating[] = [...(investigation.ratingScale ?? defaultRatingScale)];
  const tolerance = investigation.approximateTolerancePercent / 100;

  const { hidesOthersAssessments } = investigation;
  const inScope = "sourceId" in scope ? eq(sources.id, scope.sourceId) : eq(sources.investigationId, investigationId);
  const approvedOnly = and(inScope, eq(claims.status, "approved"));
  const approved = isPublic
    ? await db().select({ id: claims.id, sourceId: claims.sourceId }).from(claims).innerJoin(sources, eq(sources.id, claims.sourceId)).where(approvedOnly)
    : [];
  const approvedIds = new Set(approved.map((claim) => claim.id));
  const publicSourceIds = new Set(approved.map((claim) => claim.sourceId));
  const sourceRows = (
    await db()
      .select()
      .from(sources)
      .where(inScope)
      .orderBy(sql`${sources.publishedAt} asc nulls first`, asc(sources.title), asc(sources.id))
  ).filter((row) => !isPublic || publicSourceIds.has(row.id));
  const exportedSources: ExportSourceWithVersions[] = [];
  for (const row of sourceRows) exportedSources.push(await toExportSource(row, await selectVersionsOfSource().execute({ sourceId: row.id })));
  const exportedSourceIds = new Set(exportedSources.map((source) => source.id));
  const [counted] = isPublic
    ? [{ n: approved.length }]
    : await db().select({ n: count() }).from(claims).innerJoin(sources, eq(sources.id, claims.sourceId)).where(inScope);
  const claimCount = counted?.n ?? 0;

  // A public document compares approved claims only: the others' words, figures and verdicts stay in.
  const factComparisons = (await listFactComparisonsByInvestigation({ actor, investigationId })).map((fact) =>
    isPublic
      ? {
          ...fact,
          items: fact.items.filter((item) => approvedIds.has(item.id)),
          conflicts: fact.conflicts.filter((conflict) => approvedIds.has(conflict.a) && approvedIds.has(conflict.b)),
        }
      : fact,
  );
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
        anchorStatus: isPublic ? null : item.anchorStatus,
        wording: item.wording,
        interval: item.interval,
        quantity: item.quantity ? quantityToJson(item.quantity) : null,
        verdict: scale.find((rating) => rating.label === item.verdict) ?? null,
      })),
      conflicts: fact.conflicts.map(({ a, b, reason }) => ({ a, b, reason })),
    }));

  const context: ClaimContext = { scale, tolerance, workspaceUrl, conflictReasons, publishedUrl: investigation.publishedUrl };
  async function* claimsBySource(): AsyncGenerator<ExportClaim[]> {
    for (const source of exportedSources) {
      if (isPublic) {
        const claimList = await claimsOfSource(await readApprovedClaimsOfSource(source.id), source, context);
        await attachPublicEvidence(source.id, claimList);
        await attachCaptures(source.id, claimList, null);
        yield claimList;
      } else {
        if (actor === null) throw new Error("An internal export needs the acting user."); // excluded by ExportRequest's type
        const claimList = await claimsOfSource(await readClaimsOfSource(source.id), source, context);
        await attachDiscussion(actor, hidesOthersAssessments, scale, source.id, claimList);
        await attachCaptures(source.id, claimList, workspaceUrl.replace(/\/+$/, ""));
        yield claimList;
      }
      await yieldToEventLoop();
    }
  }

  return {
    head: {
      audience,
      // A value the column should never hold (it is "en" or "es") reads as the default language.
      language: isLocale(investigation.reportLanguage) ? investigation.reportLanguage : defaultLocale,
      generatedAt: new Date().toISOString(),
      organisation: await getOrganisation(),
      workspaceUrl: isPublic ? null : workspaceUrl.replace(/\/+$/, ""),
      investigation: {
        id: investigation.id,
        title: investigation.title,
        createdAt: investigation.createdAt,
        updatedAt: investigation.updatedAt,
        publishedUrl: investigation.publishedUrl,
      },
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
  if (!row) throw new AppError("NOT_FOUND", { key: "Errors.notFound.source" });
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
  if (!current || currentText === undefined) throw new AppError("NOT_FOUND", { key: "Errors.notFound.namedSourceText", values: { title: row.title } });
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    url: row.url,
    urn: `urn:corroborate:source:${row.id}`,
    publishedAt: row.publishedAt,
    language: row.language,
    version: { id: current.id, number: current.number, createdAt: current.createdAt, sha256: current.sha256, text: currentText },
    versions: new Map(versions.map((version) => [version.id, version])),
  };
}

const creators = alias(users, "creators");
const assignees = alias(users, "assignees");
const approvers = alias(users, "approvers");

type ClaimContext = {
  scale: Rating[];
  tolerance: number;
  workspaceUrl: string;
  conflictReasons: Map<string, string[]>;
  /** The investigation's published address. */
  publishedUrl: string | null;
};

/** What a public export says of a claim: nothing about who worked on it. */
const publicClaimFields = {
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
  statement: claims.statement,
  claimant: claims.claimant,
  publishedUrl: claims.publishedUrl,
  approvedAt: claims.approvedAt,
  factId: claims.factId,
  quantityOverride: claims.quantityOverride,
  quantityReading: claims.quantityReading,
  createdAt: claims.createdAt,
  updatedAt: claims.updatedAt,
};

/** What an internal export says of a claim besides {@link publicClaimFields}: the people around it. */
const claimFields = {
  ...publicClaimFields,
  assigneeId: claims.assigneeId,
  approvedBy: claims.approvedBy,
  createdBy: claims.createdBy,
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

/** The approved claims of a source (`publicClaimFields`), ordered as {@link selectClaimsOfSource}: for a public export. */
const selectApprovedClaimsOfSource = preparedOnce((database) =>
  database
    .select(publicClaimFields)
    .from(claims)
    .where(and(eq(claims.sourceId, sql.placeholder("sourceId")), eq(claims.status, "approved")))
    .orderBy(asc(claims.start), asc(claims.id))
    .prepare("export_approved_claims_of_source"),
);

type PublicClaimRow = Awaited<ReturnType<ReturnType<typeof selectApprovedClaimsOfSource>["execute"]>>[number];
type ClaimOfSourceRow = PublicClaimRow | Awaited<ReturnType<ReturnType<typeof selectClaimsOfSource>["execute"]>>[number];
const quantityColumns = ["quantityOverride", "quantityReading"] as const;
const readApprovedClaimsOfSource = (sourceId: string) =>
  rawRows<PublicClaimRow>(selectApprovedClaimsOfSource(), publicClaimFields, { sourceId }, [...quantityColumns]);
const readClaimsOfSource = (sourceId: string) =>
  rawRows<Awaited<ReturnType<ReturnType<typeof selectClaimsOfSource>["execute"]>>[number]>(selectClaimsOfSource(), claimFields, { sourceId }, [
    ...quantityColumns,
  ]);

async function claimsOfSource(rows: ClaimOfSourceRow[], source: ExportSourceWithVersions, context: ClaimContext): Promise<ExportClaim[]> {
  const stored = await anchorsOnVersion(db(), { id: source.version.id, text: source.version.text }, rows);
  const anchors = rows.map((claim) => stored.get(claim.id)!);
  const base = context.workspaceUrl.replace(/\/+$/, "");
  // Orphans go last in either audience (a public claim does not say it is one).
  const anchorOrder = new Map(rows.map((claim, index) => [claim.id, anchors[index]!.status]));
  // Orphans are described on the version they were made on: read each such text once.
  const earlierTexts = new Map<string, string>();
  for (const [index, claim] of rows.entries()) {
    const madeOn = source.versions.get(claim.sourceVersionId);
    if (anchors[index]!.status === "orphan" && madeOn && !earlierTexts.has(madeOn.id))
      earlierTexts.set(madeOn.id, (await getVersionText(db(), madeOn.id)) ?? "");
  }
  const located = rows.map((claim, index) => targetOf(claim, anchors[index]!, source, earlierTexts));
  const targets = withCodePoints(located);
  return rows
    .map((claim, index) => {
      const anchor = anchors[index]!;
      const target = targets[index]!;
      const quantity = quantityOfClaim(claim, context.tolerance);
      const person = (id: string | null, name: string | null): ExportPerson | null => (id && name ? { id, name } : null);
      const people =
        "createdBy" in claim
          ? {
              url: `${base}/sources/${source.id}?claim=${claim.id}`,
              anchorStatus: anchor.status,
              assignee: person(claim.assigneeId, claim.assigneeName),
              createdBy: { id: claim.createdBy, name: claim.creatorName },
              approvedBy: person(claim.approvedBy, claim.approverName),
            }
          : { url: null, anchorStatus: null, assignee: null, createdBy: null, approvedBy: null };
      return {
        id: claim.id,
        sourceId: source.id,
        statement: claim.statement ?? sentenceAround(located[index]!.text, target.start, target.end),
        isStatementWritten: claim.statement !== null,
        claimant: claim.claimant,
        publishedUrl: publishedAddressOf(claim.publishedUrl, context.publishedUrl),
        target,
        status: claim.status,
        verdict: findRating(context.scale, claim.verdictKey) ?? null,
        rationale: claim.rationale,
        ...people,
        createdAt: claim.createdAt,
        updatedAt: claim.updatedAt,
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
    .sort((a, b) => orderOf(a, anchorOrder) - orderOf(b, anchorOrder) || a.target.end - b.target.end);
}

const orderOf = (claim: ExportClaim, anchorOf: Map<string, Anchor["status"]>) =>
  anchorOf.get(claim.id) === "orphan" ? Number.POSITIVE_INFINITY : claim.target.start;

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

/** The evidence of a source's approved claims, without who added it: for a public export. */
const selectPublicEvidenceOfSource = preparedOnce((database) =>
  database
    .select({
      id: evidence.id,
      claimId: evidence.claimId,
      url: evidence.url,
      outlet: evidence.outlet,
      quote: evidence.quote,
      stance: evidence.stance,
      accessedAt: evidence.accessedAt,
      createdAt: evidence.createdAt,
    })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .where(and(eq(claims.sourceId, sql.placeholder("sourceId")), eq(claims.status, "approved")))
    .orderBy(asc(evidence.createdAt), asc(evidence.id))
    .prepare("export_public_evidence_of_source"),
);

async function attachPublicEvidence(sourceId: string, claimList: ExportClaim[]) {
  const byId = new Map(claimList.map((claim) => [claim.id, claim]));
  for (const { claimId, ...item } of await selectPublicEvidenceOfSource().execute({ sourceId }))
    byId.get(claimId)?.evidence.push({ ...item, createdBy: null, capture: null });
}

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
      capture: null,
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

/** The finished captures of the evidence of a source's claims (issue #19): evidence id, capture id, time and archive hash. */
const selectEvidenceCapturesOfSource = preparedOnce((database) =>
  database
    .select({ evidenceId: evidence.id, captureId: captures.id, capturedAt: captures.capturedAt, sha256: captures.archiveSha256 })
    .from(evidence)
    .innerJoin(claims, eq(claims.id, evidence.claimId))
    .innerJoin(captures, eq(captures.id, evidence.captureId))
    .where(and(eq(claims.sourceId, sql.placeholder("sourceId")), eq(captures.status, "done")))
    .prepare("export_evidence_captures_of_source"),
);

/**
 * Sets `capture` on the evidence of `claimList` whose link was captured: a pending or failed
 * capture is left out (null). `apiBase` is the workspace's address for the archive's link, or
 * null for a public document, which links into nothing private.
 */
async function attachCaptures(sourceId: string, claimList: ExportClaim[], apiBase: string | null) {
  const rows = await selectEvidenceCapturesOfSource().execute({ sourceId });
  if (rows.length === 0) return;
  const byEvidence = new Map(rows.map((row) => [row.evidenceId, row]));
  for (const claim of claimList) {
    for (const item of claim.evidence) {
      const row = byEvidence.get(item.id);
      if (!row?.capturedAt || !row.sha256) continue;
      const archiveUrl = apiBase === null ? null : `${apiBase}/api/v1/captures/${encodeURIComponent(row.captureId)}/archive.wacz`;
      item.capture = { capturedAt: row.capturedAt, sha256: row.sha256, archiveUrl };
    }
  }
}
