/**
 * The lost-update drill's oracle: what the reviewers were told, against what the database
 * holds, read through a separate read-only connection after the server stopped.
 *   - every acknowledged write is there: comments and evidence by id and marker, created
 *     claims by id (unless a delete was acknowledged), each acknowledged verdict change as
 *     exactly one `claim.rationale-changed` event whose old value is the rationale the
 *     reviewer had read (so nobody overwrote a change they had not seen);
 *   - nothing refused was written, and nothing was written that no one sent;
 *   - a request sent twice after a timeout is in the database at most twice; when its
 *     abandoned first attempt had landed, that copy is counted (committed, not acknowledged);
 *   - each shared claim's version is 1 + its changes, its verdict and rationale are the last
 *     change's, the changes chain (each old value is the previous new one), and the API's
 *     history shows as many changes as the database;
 *   - on SQLite, integrity_check and foreign_key_check pass.
 */
import type { BackgroundAck } from "./background-writer-process";
import type { DrillSnapshot } from "./drill-database";
import { mustBeZero, mustHold, type DrillResult } from "./drill";
import type { Op, Seeded } from "./lost-updates";
import { groupBy } from "@/lib/group-by";

type Verified = Pick<DrillResult, "figures" | "checks">;

export function verifyLostUpdateDrill({
  snapshot,
  ops,
  seeded,
  historyCounts,
  background,
}: {
  snapshot: DrillSnapshot;
  ops: Op[];
  seeded: Seeded;
  historyCounts: Map<string, number>;
  background: { acks: BackgroundAck[]; written: number; busy: number; failed: number };
}): Verified {
  const { check } = snapshot;
  const tally = {
    lostAcknowledged: 0,
    appliedTooOften: 0,
    refusedButWritten: 0,
    phantoms: 0,
    lostUpdates: 0,
    firstAttemptLanded: 0,
    duplicateCreates: 0,
    versionMismatches: 0,
    finalStateMismatches: 0,
    brokenChains: 0,
    historyMismatches: 0,
  };
  // Comments and evidence: by the marker in their text.
  const creates = [
    {
      kind: "comment",
      rows: snapshot.comments.filter((row) => row.body.startsWith("Drill comment ")).map((row) => ({ id: row.id, marker: row.body.slice(14) })),
    },
    {
      kind: "evidence",
      rows: snapshot.evidence.filter((row) => row.outlet.startsWith("Drill evidence ")).map((row) => ({ id: row.id, marker: row.outlet.slice(15) })),
    },
  ];
  for (const { kind, rows } of creates) {
    const byMarker = groupBy(rows, (row) => row.marker);
    const sent = ops.filter((op) => op.kind === kind);
    for (const op of sent) {
      const found = byMarker.get(op.marker) ?? [];
      if (op.outcome === "acknowledged" && !found.some((row) => row.id === op.id)) tally.lostAcknowledged++;
      if (found.length > (op.firstAttempt ? 2 : 1)) tally.appliedTooOften++;
      if (op.firstAttempt && found.length === 2) {
        tally.firstAttemptLanded++;
        tally.duplicateCreates++;
      }
    }
    const sentMarkers = new Set(sent.map((op) => op.marker));
    tally.phantoms += rows.filter((row) => !sentMarkers.has(row.marker)).length;
  }

  // Claims created and deleted on the reviewers' own lines: one claim per words at most.
  const deleted = new Set(ops.filter((op) => op.kind === "delete" && (op.outcome === "acknowledged" || op.outcome === "already-done")).map((op) => op.id));
  const claimRows = snapshot.claims.filter((row) => row.sourceId === seeded.sourceId && row.exact.startsWith("Line "));
  const claimsByWords = groupBy(claimRows, (row) => row.exact);
  const claimIds = new Set(claimRows.map((row) => row.id));
  for (const op of ops.filter((op) => op.kind === "claim")) {
    const found = claimsByWords.get(op.marker) ?? [];
    if (found.length > 1) tally.appliedTooOften++;
    if (op.outcome === "acknowledged" && !deleted.has(op.id) && !claimIds.has(op.id!)) tally.lostAcknowledged++;
    if (op.outcome === "already-done") {
      tally.firstAttemptLanded++;
      if (found.length !== 1) tally.lostAcknowledged++;
    }
  }
  const createdWords = new Set(ops.filter((op) => op.kind === "claim").map((op) => op.marker));
  tally.phantoms += claimRows.filter((row) => !createdWords.has(row.exact)).length;
  for (const op of ops.filter((op) => op.kind === "delete")) {
    if ((op.outcome === "acknowledged" || op.outcome === "already-done") && claimIds.has(op.id!)) tally.lostAcknowledged++;
    if (op.outcome === "already-done") tally.firstAttemptLanded++;
  }

  // Verdict changes: the events each change recorded, in order, per shared claim.
  const shared = new Set(seeded.claimIds);
  const events = snapshot.events
    .filter((event) => event.action === "claim.rationale-changed" && event.subjectType === "claim" && shared.has(event.subjectId))
    .map((event) => {
      const [old, next] = (event.data?.rationale ?? []) as [string, string];
      return { id: event.id, claimId: event.subjectId, old, new: next };
    });
  const eventsByRationale = groupBy(events, (event) => event.new);
  const verdictOps = ops.filter((op) => op.kind === "verdict" || op.kind === "stale-verdict" || op.kind === "verdict-without-if-match");
  for (const op of verdictOps) {
    const found = eventsByRationale.get(`Drill rationale ${op.marker}`) ?? [];
    if (found.length > 1) tally.appliedTooOften++;
    if (op.outcome === "acknowledged") {
      if (found.length === 0) tally.lostAcknowledged++;
      else if (found[0]!.old !== op.readRationale) tally.lostUpdates++;
    } else if (op.firstAttempt && op.outcome === "conflict") {
      if (found.length === 1) {
        tally.firstAttemptLanded++;
        if (found[0]!.old !== op.readRationale) tally.lostUpdates++;
      }
    } else if (found.length > 0) {
      tally.refusedButWritten++;
    }
  }
  const sentRationales = new Set(verdictOps.map((op) => `Drill rationale ${op.marker}`));
  tally.phantoms += events.filter((event) => !sentRationales.has(event.new)).length;

  const verdictEvents = snapshot.events
    .filter((event) => event.action === "claim.verdict-set")
    .map((event) => ({ claimId: event.subjectId, verdict: ((event.data?.verdict ?? []) as Array<string | null>)[1] ?? null }));
  const claimsById = new Map(snapshot.claims.map((claim) => [claim.id, claim]));
  const eventsByClaim = groupBy(events, (event) => event.claimId);
  for (const claimId of seeded.claimIds) {
    const changes = eventsByClaim.get(claimId) ?? [];
    const claim = claimsById.get(claimId)!;
    if (claim.version !== 1 + changes.length) tally.versionMismatches++;
    const lastVerdict = verdictEvents.filter((event) => event.claimId === claimId).at(-1)?.verdict ?? null;
    if (claim.rationale !== (changes.at(-1)?.new ?? "") || claim.verdictKey !== lastVerdict) tally.finalStateMismatches++;
    changes.forEach((change, index) => {
      if (change.old !== (index === 0 ? "" : changes[index - 1]!.new)) tally.brokenChains++;
    });
    if (historyCounts.get(claimId) !== changes.length) tally.historyMismatches++;
  }

  // The second process's comments.
  const backgroundIds = new Set(snapshot.comments.filter((row) => row.body.startsWith("Background comment ")).map((row) => row.id));
  const backgroundMissing = background.acks.filter((ack) => !backgroundIds.has(ack.id)).length;

  const unexplained = ops.filter((op) => op.outcome !== "unexpected" && !op.isExplained).length;
  const serverErrors = ops.filter((op) => op.status >= 500).length;
  const unexpected = ops.filter((op) => op.outcome === "unexpected").length;

  return {
    figures: {
      "first attempt had landed (committed, not acknowledged)": tally.firstAttemptLanded,
      "duplicate comments/evidence from blind resends": tally.duplicateCreates,
      "background process commits": background.acks.length,
      "background SQLITE_BUSY": background.busy,
      "shared claims' final versions (sum)": seeded.claimIds.reduce((sum, id) => sum + claimsById.get(id)!.version, 0),
      "rows: comments / evidence / claim change events": `${snapshot.comments.length} / ${snapshot.evidence.length} / ${snapshot.events.length}`,
    },
    checks: [
      mustBeZero("acknowledged writes missing", tally.lostAcknowledged),
      mustBeZero("lost updates (overwrote a change not seen)", tally.lostUpdates),
      mustBeZero("writes applied more often than sent", tally.appliedTooOften),
      mustBeZero("refused writes found in the database", tally.refusedButWritten),
      mustBeZero("rows no one sent", tally.phantoms),
      mustBeZero("answers not explained (a refusal without code, message and newer version; a save without the next ETag)", unexplained),
      mustBeZero("HTTP 5xx", serverErrors),
      mustBeZero("unexpected statuses", unexpected),
      mustBeZero("claims whose version is not 1 + changes", tally.versionMismatches),
      mustBeZero("claims whose verdict/rationale is not the last change", tally.finalStateMismatches),
      mustBeZero("changes whose old value is not the previous new one", tally.brokenChains),
      mustBeZero("claims whose API history disagrees with the events", tally.historyMismatches),
      mustBeZero("background process: commits missing", backgroundMissing),
      mustBeZero("background process: SQLITE_BUSY or other failures", background.busy + background.failed),
      // The file checks are SQLite's; PostgreSQL keeps its own files consistent and enforces foreign keys on every write.
      ...(check
        ? [
            mustHold("integrity_check ok", check.integrity.length === 1 && check.integrity[0] === "ok"),
            mustBeZero("foreign_key_check violations", check.foreignKeyViolations.length),
          ]
        : []),
    ],
  };
}
