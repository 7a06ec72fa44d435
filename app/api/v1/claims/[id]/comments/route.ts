import { addComment } from "@/db/queries/comments";
import { CommentInput } from "@/lib/checking/inputs";
import { apiRoute, json, readJson } from "../../../_lib/api-route";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const { body } = await readJson(request, CommentInput);
  return json(await addComment({ actor, claimId: params.id, body }), 201);
});
