import { getTranslations } from "next-intl/server";
import { getActivePublicLink } from "@/db/queries/public-links";
import type { Actor } from "@/lib/permissions";
import { publicReportPath } from "@/lib/public-report-path";
import { publicLinkDefaultDays, publicLinkMaxDays } from "@/lib/validation/public-link";
import { createPublicLinkAction, revokePublicLinkAction, savePublishedAddressAction } from "../publication-actions";
import { PublicLinkPanel } from "./public-link-panel";
import { PublishedAddressForm } from "./published-address-form";

/**
 * For editors: where the investigation's fact-check is published (the public report's and
 * ClaimReview's address), and its public link (make, copy, revoke).
 */
export async function PublicationSettings({
  actor,
  investigationId,
  version,
  publishedUrl,
}: {
  actor: Actor;
  investigationId: string;
  version: number;
  publishedUrl: string | null;
}) {
  const link = await getActivePublicLink({ actor, investigationId });
  const t = await getTranslations("Investigations");
  return (
    <details className="rounded-xl border border-stone-200 bg-white p-4">
      <summary className="cursor-pointer font-medium">{t("publication.summary")}</summary>
      <div className="mt-3 max-w-2xl space-y-6">
        <PublishedAddressForm action={savePublishedAddressAction.bind(null, investigationId)} version={version} publishedUrl={publishedUrl} />
        <PublicLinkPanel
          create={createPublicLinkAction.bind(null, investigationId)}
          revoke={revokePublicLinkAction.bind(null, investigationId)}
          link={link ? { path: publicReportPath(link.token), expiresAt: link.expiresAt, indexable: link.indexable, createdByName: link.createdByName } : null}
          defaultDays={publicLinkDefaultDays}
          maxDays={publicLinkMaxDays}
        />
      </div>
    </details>
  );
}
