import { getLocale, getTranslations } from "next-intl/server";
import type { CheckingPanelData } from "@/db/queries/claim-detail";
import { describeEvent } from "@/lib/checking/history";
import type { Rating } from "@/lib/checking/rating-scale";
import { formatDateTime } from "@/app/(workspace)/_components/format";

/** The claim's history, oldest first: who did what (in the reader's language; what people typed is quoted as written) and when. */
export async function ClaimHistory({ history, scale }: { history: CheckingPanelData["history"]; scale: readonly Rating[] }) {
  const [t, locale] = await Promise.all([getTranslations("Checking"), getLocale()]);
  return (
    <section aria-labelledby="history-heading">
      <h3 id="history-heading" className="font-semibold">
        {t("history.heading")}
      </h3>
      <ol aria-label={t("history.heading")} className="mt-2 space-y-1 border-l border-stone-300 pl-3 text-xs">
        {history.map((event) => (
          <li key={event.id}>
            <span className="font-medium">{event.actorName ?? t("history.someone")}</span>{" "}
            {describeEvent({ action: event.action, data: event.data ?? null }, scale, locale)}{" "}
            <time dateTime={event.createdAt} className="text-stone-500">
              {formatDateTime(event.createdAt, locale)}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
