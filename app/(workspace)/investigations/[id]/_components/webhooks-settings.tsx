import { getTranslations } from "next-intl/server";
import { listWebhookDeliveries, listWebhooks } from "@/db/queries/webhooks";
import type { Actor } from "@/lib/permissions";
import { DeleteButton } from "../../../_components/delete-button";
import { removeWebhookAction } from "../../../webhook-actions";
import { AddWebhookForm } from "./add-webhook-form";
import { WebhookDeliveryLog } from "./webhook-delivery-log";

/**
 * The investigation's webhooks (editors and admins): add one, see each one's delivery log,
 * remove it. What is sent and how it is signed: lib/webhooks/README.md.
 */
export async function WebhooksSettings({ actor, investigationId }: { actor: Actor; investigationId: string }) {
  const webhooks = await listWebhooks({ actor, investigationId });
  const t = await getTranslations("Investigations.webhooks");
  const logs = await Promise.all(webhooks.map((webhook) => listWebhookDeliveries({ actor, investigationId, webhookId: webhook.id, limit: 20 })));
  return (
    <details className="rounded-xl border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">
        {t("summary")} <span className="font-normal text-stone-500">({webhooks.length})</span>
      </summary>
      <div className="mt-3 space-y-4">
        <p className="max-w-2xl text-sm text-stone-600">{t("explanation")}</p>
        <AddWebhookForm investigationId={investigationId} />
        {webhooks.length > 0 ? (
          <ul aria-label={t("list")} className="space-y-4">
            {webhooks.map((webhook, index) => (
              <li key={webhook.id} className="space-y-2 rounded-lg border border-stone-200 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <p className="break-all font-mono text-sm">{webhook.url}</p>
                  <DeleteButton
                    label={t("remove")}
                    title={t("removeTitle")}
                    description={t("removeDescription", { host: new URL(webhook.url).host })}
                    action={removeWebhookAction.bind(null, investigationId, webhook.id)}
                  />
                </div>
                <WebhookDeliveryLog deliveries={logs[index] ?? []} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
