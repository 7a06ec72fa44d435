import { getTranslations } from "next-intl/server";
import { getClaimPublication } from "@/db/queries/claim-publication";
import { approvalLockReason } from "@/lib/checking/approval-lock";
import { canSetClaimVerdict } from "@/lib/checking/permissions";
import type { Actor } from "@/lib/permissions";
import { saveClaimPublicationAction } from "../../publication-actions";
import { PublicationForm } from "./publication-form";

/**
 * The claim panel's Publication section: what the public report says of the claim — its
 * statement (default: the sentence around its words), its claimant (a suggestion offered)
 * and where its fact-check is published (default: the investigation's address).
 */
export async function PublicationSection({ actor, claimId, sourceId }: { actor: Actor; claimId: string; sourceId: string }) {
  const publication = await getClaimPublication({ actor, claimId });
  const t = await getTranslations("Checking");
  return (
    <section aria-labelledby="publication-heading" className="space-y-2">
      <h3 id="publication-heading" className="font-semibold">
        {t("publication.heading")}
      </h3>
      <PublicationForm
        action={saveClaimPublicationAction.bind(null, sourceId, claimId)}
        publication={publication}
        canEdit={canSetClaimVerdict(actor, publication)}
        statementLock={approvalLockReason(publication, "statement") ? t("lock.statement") : null}
      />
    </section>
  );
}
