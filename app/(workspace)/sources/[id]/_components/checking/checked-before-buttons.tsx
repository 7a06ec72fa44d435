"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { FormState } from "@/app/_components/form-state";
import { useFormText } from "@/app/_components/form-message";
import { buttonClass } from "@/app/_components/button-class";

/**
 * One earlier check's answers: link the open claim into its fact, copy its evidence. Each shows
 * its own outcome beside it (saved: a status; refused: an alert with the reason), and a refusal
 * leaves the rest of the panel as it was.
 */
export function CheckedBeforeButtons({
  link,
  copy,
  evidenceCount,
}: {
  link: (() => Promise<FormState>) | null;
  copy: (() => Promise<FormState>) | null;
  evidenceCount: number;
}) {
  const t = useTranslations("CheckedBefore");
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2">
      {link ? <OneClick action={link} label={t("linkIntoFact")} pendingLabel={t("linking")} testId="checked-before-link" /> : null}
      {copy ? <OneClick action={copy} label={t("copyEvidence", { count: evidenceCount })} pendingLabel={t("copying")} testId="checked-before-copy" /> : null}
    </div>
  );
}

function OneClick({ action, label, pendingLabel, testId }: { action: () => Promise<FormState>; label: string; pendingLabel: string; testId: string }) {
  const [isPending, startTransition] = useTransition();
  const [state, setState] = useState<FormState>({ status: "idle" });
  const message = useFormText(state.message);
  return (
    <span className="inline-flex flex-col gap-1">
      <button
        type="button"
        data-testid={testId}
        disabled={isPending}
        className={buttonClass("secondary", "text-xs")}
        onClick={() => startTransition(async () => setState(await action()))}
      >
        {isPending ? pendingLabel : label}
      </button>
      {state.status === "saved" && message ? (
        <span role="status" className="text-xs text-emerald-800">
          {message}
        </span>
      ) : null}
      {state.status !== "saved" && state.status !== "idle" && message ? (
        <span role="alert" className="text-xs text-red-700">
          {message}
        </span>
      ) : null}
    </span>
  );
}
