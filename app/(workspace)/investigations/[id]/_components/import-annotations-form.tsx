"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FileField } from "@/app/_components/file-field";
import { idleFormState } from "@/app/_components/form-state";
import { importAnnotationsAction } from "@/app/(workspace)/import-actions";

/**
 * Imports annotations exported from Corroborate or Hypothesis (W3C Web Annotation JSON-LD).
 * The result is listed line by line: what was created or matched, then what was not.
 */
export function ImportAnnotationsForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(importAnnotationsAction.bind(null, investigationId), idleFormState);
  const t = useTranslations("Investigations");
  return (
    <form action={action} aria-label={t("importAnnotations")} className="space-y-2">
      <FileField label={t("import.fileLabel")} name="file" accept=".jsonld,.json,application/ld+json,application/json" error={state.fieldErrors?.file} />
      <SubmitButton className="px-3 py-1.5 text-xs">{t("import.submit")}</SubmitButton>
      {state.status === "saved" && state.message ? (
        <ul role="status" aria-label={t("import.summary")} className="space-y-1 rounded-md bg-emerald-50 p-2 text-sm text-emerald-950">
          {state.message.split("\n").map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
