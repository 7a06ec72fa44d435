import { recaptureEvidence } from "@/db/queries/capture-requests";
import { apiRoute, json } from "../../../_lib/api-route";

/** `POST /api/v1/evidence/{id}/capture`: captures the evidence's page again (a new capture, which the evidence then shows; the old one is kept) → 202 with it. */
export const POST = apiRoute<{ id: string }>(async ({ actor, params }) => json(await recaptureEvidence({ actor, evidenceId: params.id }), 202));
