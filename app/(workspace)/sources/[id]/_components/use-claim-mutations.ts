"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { snapSelection } from "@/lib/anchoring";
import type { Span } from "@/lib/reader/spans";
import { createClaimAction, deleteClaimAction, updateClaimSpanAction, type ClaimActionResult } from "../claim-actions";
import type { ReaderClaim } from "../reader-claim";
import { collapseSelectionToEnd } from "./text-dom";

/**
 * The reader's claims and the changes made to them here: add a span, re-select a claim onto a
 * span (re-attaching an orphan), and delete one after a confirmation (`pendingDelete`).
 * Spans are snapped to whole characters first; one that holds no words does nothing. Each
 * change runs its server action in a transition (`isSaving`) and updates the list once the
 * server has saved it (nothing optimistic); then its callback runs and the change is announced.
 * A refusal is kept in `error` and announced; the list stays as it was. A new server list
 * (`initialClaims`, after a save or a live update) replaces the local one.
 */
export function useClaimMutations({
  sourceId,
  sourceVersionId,
  text,
  initialClaims,
  announce,
}: {
  sourceId: string;
  sourceVersionId: string;
  text: string;
  initialClaims: ReaderClaim[];
  announce: (message: string) => void;
}) {
  const router = useRouter();
  const t = useTranslations("Reader");
  const [claims, setClaims] = useState(initialClaims);
  // The server's list is the truth: adopt it whenever it changes (after a save, a live update).
  const [serverClaims, setServerClaims] = useState(initialClaims);
  if (serverClaims !== initialClaims) {
    setServerClaims(initialClaims);
    setClaims(initialClaims);
  }
  const [pendingDelete, setPendingDelete] = useState<ReaderClaim | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, startTransition] = useTransition();

  const save = (action: () => Promise<ClaimActionResult>, onSaved: (claim?: ReaderClaim) => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.status === "saved") {
        setError(null);
        onSaved(result.claim);
      } else {
        const message = result.message ?? t("announce.notSaved");
        setError(message);
        announce(message);
      }
    });

  const addClaim = (span: Span, onAdded: (claim: ReaderClaim) => void) => {
    const snapped = snapSelection(text, span.start, span.end);
    if (!snapped) return;
    save(
      () => createClaimAction(sourceId, { sourceVersionId, ...snapped }),
      (claim) => {
        if (!claim) return;
        setClaims((current) => [...current, claim]);
        onAdded(claim);
        collapseSelectionToEnd();
        announce(t("announce.added", { exact: claim.exact }));
      },
    );
  };

  const moveClaim = (claim: ReaderClaim, span: Span, onMoved: () => void) => {
    const snapped = snapSelection(text, span.start, span.end);
    if (!snapped) return;
    const wasOrphan = claim.anchor.status === "orphan";
    save(
      () => updateClaimSpanAction(claim.id, claim.version, { sourceVersionId, ...snapped }),
      (moved) => {
        if (!moved) return;
        setClaims((current) => current.map((c) => (c.id === moved.id ? moved : c)));
        onMoved();
        collapseSelectionToEnd();
        announce(wasOrphan ? t("announce.reattached", { exact: moved.exact }) : t("announce.moved", { exact: moved.exact }));
        // The checking panel's history and the orphan count come from the server.
        router.refresh();
      },
    );
  };

  const deleteClaim = (claim: ReaderClaim, onDeleted: () => void) =>
    save(
      () => deleteClaimAction(claim.id, claim.version),
      () => {
        setClaims((current) => current.filter((c) => c.id !== claim.id));
        onDeleted();
        setPendingDelete(null);
        announce(t("announce.deleted", { exact: claim.exact }));
      },
    );

  return {
    claims,
    error,
    isSaving,
    pendingDelete,
    askToDelete: setPendingDelete,
    cancelDelete: () => setPendingDelete(null),
    addClaim,
    moveClaim,
    deleteClaim,
  };
}
