import { getLocale, getTranslations } from "next-intl/server";
import type { WebhookDeliverySummary } from "@/db/queries/webhooks";
import { formatDateTime } from "../../../_components/format";

/** A webhook's latest deliveries: the event, when, how many attempts, the last answer or error, and where it stands. */
export async function WebhookDeliveryLog({ deliveries }: { deliveries: WebhookDeliverySummary[] }) {
  const [t, locale] = await Promise.all([getTranslations("Investigations"), getLocale()]);
  if (deliveries.length === 0) return <p className="text-sm text-stone-500">{t("webhooks.nothingSent")}</p>;
  return (
    <table className="w-full text-left text-sm" aria-label={t("webhooks.log")}>
      <thead className="text-stone-500">
        <tr>
          <th className="py-1 pr-3 font-medium">{t("webhooks.event")}</th>
          <th className="py-1 pr-3 font-medium">{t("webhooks.time")}</th>
          <th className="py-1 pr-3 font-medium">{t("webhooks.attempts")}</th>
          <th className="py-1 pr-3 font-medium">{t("webhooks.lastAnswer")}</th>
          <th className="py-1 font-medium">{t("webhooks.state")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td className="py-1 pr-3 font-mono text-xs">{delivery.event}</td>
            <td className="py-1 pr-3">{formatDateTime(delivery.createdAt, locale)}</td>
            <td className="py-1 pr-3">{delivery.attempts}</td>
            <td className="py-1 pr-3">
              {delivery.lastStatus !== null ? `HTTP ${delivery.lastStatus}` : "—"}
              {delivery.lastError && delivery.state !== "delivered" ? <span className="block text-red-700">{delivery.lastError}</span> : null}
              {delivery.lastError && delivery.state === "delivered" ? (
                <span className="block text-stone-500">{t("webhooks.earlier", { error: delivery.lastError })}</span>
              ) : null}
            </td>
            <td className="py-1">
              {t(`webhooks.states.${delivery.state}`)}
              {delivery.state === "pending" && delivery.attempts > 0 ? (
                <span className="block text-stone-500">{t("webhooks.nextTry", { date: formatDateTime(delivery.nextAttemptAt, locale) })}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
