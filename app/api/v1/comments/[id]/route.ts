import { removeComment, getCommentById, updateComment } from "@/db/queries/comments";
import { CommentInput } from "@/lib/checking/inputs";
import { apiRoute, etagOf, json, readJson, requireIfMatch } from "../../_lib/api-route";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => {
  const comment = await getCommentById({ actor, id: params.id });
  return json(comment, 200, { ETag: etagOf(comment.version) });
});

/** Replaces a comment's text (its author, or an editor); `If-Match` required (428 missing, 412 stale). */
export const PATCH = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const version = requireIfMatch(request);
  const { body } = await readJson(request, CommentInput);
  const comment = await updateComment({ actor, id: params.id, version, body });
  return json(comment, 200, { ETag: etagOf(comment.version) });
});

/** Deletes a comment (its author, or an editor); `If-Match` required (428 missing, 412 stale). */
export const DELETE = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  await removeComment({ actor, id: params.id, version: requireIfMatch(request) });
  return new Response(null, { status: 204 });
});
