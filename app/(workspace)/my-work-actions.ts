"use server";
import { z } from "zod";
import { fits, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import { listClaimsByIds, type ClaimListRow } from "@/db/queries/claim-list";
import { todayUtc } from "@/lib/checking/due-date";

const DraftClaimArgs = z.tuple([z.array(idArgument).max(50)]);

/**
 * My work's drafts: the browser knows which claims it keeps drafts of (localStorage), the
 * server says what those claims are. Reads only; claims deleted since are left out.
 */
export async function listDraftClaimsAction(claimIds: string[]): Promise<{ status: "saved"; claims: ClaimListRow[] } | typeof malformedArguments> {
  const actor = await requireActor();
  if (!fits(DraftClaimArgs, [claimIds])) return malformedArguments;
  return { status: "saved", claims: await listClaimsByIds({ actor, ids: claimIds, today: todayUtc() }) };
}
