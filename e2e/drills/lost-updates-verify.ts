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
 *   - integrity_check and foreign_key_check pass.
 */
import { checkDatabaseFile } from "@/db/backup";
import { openDatabaseFile } from "@/db/client";
import type { BackgroundAck } from "./background-writer-process";
import { mustBeZero, mustHold, type DrillResult } from "./drill";
import type { Op, Seeded } from "./lost-updates";
import { groupBy } from "@/lib/group-by";

type Verified = Pick<DrillResult, "figures" | "checks">;

export function verifyLostUpdateDrill({
  databaseFile,
  ops,
  seeded,
  historyCounts,
  background,
}: {
  databaseFile: string;
  ops: Op[];
  seeded: Seeded;
  historyCounts: Map<string, number>;
  background: { acks: BackgroundAck[]; written: number; busy: number; failed: number };
}): Verified {
  const check = checkDatabaseFile(databaseFile);
  const sqlite = openDatabaseFile(databaseFile, { readonly: true });
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
  try {
    // Comments and evidence: by the marker in their text.
    const creates = [
      {
        kind: "comment",
        rows: sqlite.prepare("SELECT id, substr(body, 15) AS marker FROM comments WHERE body LIKE 'Drill comment %'").all() as Array<{
          id: string;
          marker: string;
        }>,
      },
      {
        kind: "evidence",
        rows: sqlite.prepare("SELECT id, substr(outlet, 16) AS marker FROM evidence WHERE outlet LIKE 'Drill evidence %'").all() as Array<{
          id: string;
          marker: string;
        }>,
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
    const claimRows = sqlite.prepare("SELECT id, exact FROM claims WHERE source_id = ? AND exact LIKE 'Line %'").all(seeded.sourceId) as Array<{
      id: string;
      exact: string;
    }>;
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
    const events = sqlite
      .prepare(
        `SELECT id, subject_id AS claimId, json_extract(data, '$.rationale[0]') AS old, json_extract(data, '$.rationale[1]') AS new
         FROM events WHERE action = 'claim.rationale-changed' AND subject_type = 'claim' AND subject_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
      )
      .all(JSON.stringify(seeded.claimIds)) as Array<{ id: number; claimId: string; old: string; new: string }>;
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

    const verdictEvents = sqlite
      .prepare("SELECT subject_id AS claimId, json_extract(data, '$.verdict[1]') AS verdict FROM events WHERE action = 'claim.verdict-set' ORDER BY id")
      .all() as Array<{ claimId: string; verdict: string | null }>;
    const eventsByClaim = groupBy(events, (event) => event.claimId);
    for (const claimId of seeded.claimIds) {
      const changes = eventsByClaim.get(claimId) ?? [];
      const claim = sqlite.prepare("SELECT version, rationale, verdict_key AS verdictKey FROM claims WHERE id = ?").get(claimId) as {
        version: number;
        rationale: string;
        verdictKey: string | null;
      };
      if (claim.version !== 1 + changes.length) tally.versionMismatches++;
      const lastVerdict = verdictEvents.filter((event) => event.claimId === claimId).at(-1)?.verdict ?? null;
      if (claim.rationale !== (changes.at(-1)?.new ?? "") || claim.verdictKey !== lastVerdict) tally.finalStateMismatches++;
      changes.forEach((change, index) => {
        if (change.old !== (index === 0 ? "" : changes[index - 1]!.new)) tally.brokenChains++;
      });
      if (historyCounts.get(claimId) !== changes.length) tally.historyMismatches++;
    }

    // The second process's comments.
    const backgroundIds = new Set(sqlite.prepare("SELECT id FROM comments WHERE body LIKE 'Background comment %'").pluck().all() as string[]);
    const backgroundMissing = background.acks.filter((ack) => !backgroundIds.has(ack.id)).length;

    const unexplained = ops.filter((op) => op.outcome !== "unexpected" && !op.isExplained).length;
    const serverErrors = ops.filter((op) => op.status >= 500).length;
    const unexpected = ops.filter((op) => op.outcome === "unexpected").length;
    const integrityOk = check.integrity.length === 1 && check.integrity[0] === "ok";
    return {
      figures: {
        "first attempt had landed (committed, not acknowledged)": tally.firstAttemptLanded,
        "duplicate comments/evidence from blind resends": tally.duplicateCreates,
        "background process commits": background.acks.length,
        "background SQLITE_BUSY": background.busy,
        "shared claims' final versions (sum)": seeded.claimIds.reduce(
          (sum, id) => sum + (sqlite.prepare("SELECT version FROM claims WHERE id = ?").pluck().get(id) as number),
          0,
        ),
        "rows: comments / evidence / events": `${check.rowCounts.comments} / ${check.rowCounts.evidence} / ${check.rowCounts.events}`,
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
        mustHold("integrity_check ok", integrityOk),
        mustBeZero("foreign_key_check violations", check.foreignKeyViolations.length),
      ],
    };
  } finally {
    sqlite.close();
  }
}
