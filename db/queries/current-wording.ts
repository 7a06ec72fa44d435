import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Anchor } from "@/lib/anchoring";
import { groupBy } from "@/lib/group-by";
import { db } from "../connection";
import { preparedOnce } from "../prepared";
import { sourceVersions, type ClaimRow } from "../schema";
import { anchorsOnVersion } from "./claim-anchors";
import { getVersionText } from "./version-texts";

/**
 * Where a claim stands on its source's current version: its anchor status there and its
 * words there (`wording`). An orphan's wording is its original words (`exact`, from the
 * version it was made on), which are no longer in the text: say so wherever it is shown.
 */
export type CurrentWording = { anchorStatus: Anchor["status"]; wording: string };

const selectCurrentVersionId = preparedOnce((database) =>
  database
    .select({ id: sourceVersions.id })
    .from(sourceVersions)
    .where(eq(sourceVersions.sourceId, sql.placeholder("sourceId")))
    .orderBy(desc(sourceVersions.number))
    .limit(1)
    .prepare("current_wording_current_version_id"),
);

type ClaimSelectorsRow = Pick<ClaimRow, "id" | "sourceId" | "sourceVersionId" | "exact" | "prefix" | "suffix" | "start" | "end">;

/**
 * The current wording of each claim, by claim id, read from the stored anchors on each
 * source's current version (computed, not stored, where none is stored: reads never write).
 * One anchor read per source, not per claim. A claim whose source has no version (deleted
 * under us) keeps its own words, as an orphan.
 */
export async function currentWordingOfClaims(rows: readonly ClaimSelectorsRow[]): Promise<Map<string, CurrentWording>> {
  const result = new Map<string, CurrentWording>();
  for (const [sourceId, claimsOfSource] of groupBy(rows, (row) => row.sourceId)) {
    const [version] = await selectCurrentVersionId().execute({ sourceId });
    const versionId = version?.id;
    const text = versionId === undefined ? undefined : await getVersionText(db(), versionId);
    if (versionId === undefined || text === undefined) {
      for (const claim of claimsOfSource) result.set(claim.id, { anchorStatus: "orphan", wording: claim.exact });
      continue;
    }
    const anchors = await anchorsOnVersion(db(), { id: versionId, text }, claimsOfSource);
    for (const claim of claimsOfSource) {
      const anchor = anchors.get(claim.id)!;
      result.set(
        claim.id,
        anchor.status === "orphan"
          ? { anchorStatus: "orphan", wording: claim.exact }
          : { anchorStatus: anchor.status, wording: text.slice(anchor.start, anchor.end) },
      );
    }
  }
  return result;
}
