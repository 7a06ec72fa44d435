import type { WebhookDeliverySummary } from "@/db/queries/webhooks";
import { formatDateTime } from "../../../_components/format";

const stateLabels: Record<WebhookDeliverySummary["state"], string> = { pending: "Waiting to retry", delivered: "Delivered", failed: "Failed" };

/** A webhook's latest deliveries: the event, when, how many attempts, the last answer or error, and where it stands. */
export function WebhookDeliveryLog({ deliveries }: { deliveries: WebhookDeliverySummary[] }) {
  if (deliveries.length === 0) return <p className="text-sm text-stone-500">Nothing sent yet.</p>;
  return (
    <table className="w-full text-left text-sm" aria-label="Delivery log">
      <thead className="text-stone-500">
        <tr>
          <th className="py-1 pr-3 font-medium">Event</th>
          <th className="py-1 pr-3 font-medium">Time</th>
          <th className="py-1 pr-3 font-medium">Attempts</th>
          <th className="py-1 pr-3 font-medium">Last answer</th>
          <th className="py-1 font-medium">State</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-100">
        {deliveries.map((delivery) => (
          <tr key={delivery.id}>
            <td className="py-1 pr-3 font-mono text-xs">{delivery.event}</td>
            <td className="py-1 pr-3">{formatDateTime(delivery.createdAt)}</td>
            <td className="py-1 pr-3">{delivery.attempts}</td>
            <td className="py-1 pr-3">
              {delivery.lastStatus !== null ? `HTTP ${delivery.lastStatus}` : "—"}
              {delivery.lastError && delivery.state !== "delivered" ? <span className="block text-red-700">{delivery.lastError}</span> : null}
              {delivery.lastError && delivery.state === "delivered" ? <span className="block text-stone-500">Earlier: {delivery.lastError}</span> : null}
            </td>
            <td className="py-1">
              {stateLabels[delivery.state]}
              {delivery.state === "pending" && delivery.attempts > 0 ? (
                <span className="block text-stone-500">next try {formatDateTime(delivery.nextAttemptAt)}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
