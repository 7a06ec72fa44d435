import { getLocale, getTranslations } from "next-intl/server";
import type { CheckingPanelData } from "@/db/queries/claim-detail";
import { renderMarkdown } from "@/lib/checking/markdown";
import { canEditComment } from "@/lib/checking/permissions";
import type { Actor } from "@/lib/permissions";
import { addCommentAction, removeCommentAction } from "../../checking-actions";
import { formatDateTime } from "@/app/(workspace)/_components/format";
import { DeleteItemButton } from "./delete-item-button";
import { CommentForm } from "./simple-forms";

/** The claim's comments (Markdown, with @mentions of `members`), oldest first, and the box to add one. */
export async function CommentsSection({
  actor,
  detail,
  sourceId,
  draftScope,
  members,
}: {
  actor: Actor;
  detail: CheckingPanelData["detail"];
  sourceId: string;
  draftScope: { userId: string; claimId: string };
  members: { id: string; name: string }[];
}) {
  const [t, locale] = await Promise.all([getTranslations("Checking"), getLocale()]);
  return (
    <section aria-labelledby="comments-heading" className="space-y-2">
      <h3 id="comments-heading" className="font-semibold">
        {t("comments.heading")} <span className="font-normal text-stone-500">({detail.comments.length})</span>
      </h3>
      <ul aria-label={t("comments.list")} className="space-y-2">
        {detail.comments.map((comment) => (
          <li key={comment.id} className="rounded-md bg-white p-2 text-sm ring-1 ring-stone-200">
            <p className="text-xs text-stone-500">
              <bdi>{comment.createdByName}</bdi> · {formatDateTime(comment.createdAt, locale)}
            </p>
            <div className="prose-rationale" dangerouslySetInnerHTML={{ __html: renderMarkdown(comment.body) }} />
            {canEditComment(actor, comment) ? (
              <DeleteItemButton label={t("comments.delete")} action={removeCommentAction.bind(null, sourceId, comment.id, comment.version)} />
            ) : null}
          </li>
        ))}
      </ul>
      <CommentForm action={addCommentAction.bind(null, sourceId, detail.id)} draftScope={{ ...draftScope, form: "comment" }} members={members} />
    </section>
  );
}
