"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ClaimListRow } from "@/db/queries/claim-list";
import { draftFormKind, recentDraftsOf } from "@/lib/checking/claim-drafts";
import { listDraftClaimsAction } from "../my-work-actions";
import { claimHref } from "./claim-href";

type Draft = { claim: ClaimListRow; forms: string[]; writtenAt: string };

/** Every stored key and value of this browser's localStorage (none when storage is blocked). */
function storedEntries(): [string, string | null][] {
  try {
    const storage = window.localStorage;
    return Array.from({ length: storage.length }, (_, index) => storage.key(index)).flatMap((key) =>
      key ? [[key, storage.getItem(key)] as [string, string | null]] : [],
    );
  } catch {
    return [];
  }
}

/**
 * My work's "My recent drafts": what this person started writing in a claim's panel and has
 * not saved (kept in this browser: lib/checking/claim-drafts.ts). The claims are looked up
 * on the server; a claim deleted since is left out.
 */
export function MyDrafts({ userId }: { userId: string }) {
  const [drafts, setDrafts] = useState<Draft[] | null>(null);
  const t = useTranslations("MyWork");
  useEffect(() => {
    const recent = recentDraftsOf(storedEntries(), userId);
    let isCurrent = true;
    // No drafts, no request: the answer is known.
    const lookup = recent.length ? listDraftClaimsAction(recent.map((draft) => draft.claimId)) : Promise.resolve({ status: "saved" as const, claims: [] });
    void lookup.then((answer) => {
      if (!isCurrent || answer.status !== "saved") return;
      const byId = new Map(answer.claims.map((claim) => [claim.id, claim]));
      setDrafts(recent.flatMap(({ claimId, forms, writtenAt }) => (byId.has(claimId) ? [{ claim: byId.get(claimId)!, forms, writtenAt }] : [])));
    });
    return () => {
      isCurrent = false;
    };
  }, [userId]);
  return (
    <section aria-labelledby="drafts-heading" className="space-y-3">
      <h2 id="drafts-heading" className="text-lg font-semibold">
        {t("drafts")}{" "}
        <span className="font-normal text-stone-500" data-testid="drafts-count">
          ({drafts === null ? "…" : drafts.length})
        </span>
      </h2>
      {drafts === null ? null : drafts.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">{t("draftsEmpty")}</p>
      ) : (
        <ul aria-label={t("drafts")} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
          {drafts.map(({ claim, forms }) => (
            <li key={claim.id} className="px-4 py-3">
              <Link href={claimHref(claim)} className="font-serif text-stone-900 underline decoration-stone-300 hover:decoration-accent-700">
                “<bdi>{claim.exact}</bdi>”
              </Link>
              <p className="mt-0.5 text-xs text-stone-500">
                {t("unsaved", { forms: [...new Set(forms.map((form) => t(`draftForms.${draftFormKind(form)}`)))].join(", ") })} ·{" "}
                <bdi>{claim.investigation.title}</bdi> · <bdi>{claim.source.title}</bdi>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
