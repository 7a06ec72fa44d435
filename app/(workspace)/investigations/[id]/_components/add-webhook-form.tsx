"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { buttonClass } from "@/app/_components/button-class";
import { Field } from "@/app/_components/field";
import { useFormText } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { addWebhookAction } from "../../../webhook-actions";

/** An example address, the same in every language (not words to translate). */
const examplePlaceholder = "https://chat.example/hooks/desk";

/** Adds a webhook; its signing secret is shown once, with a button that copies it. */
export function AddWebhookForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(addWebhookAction.bind(null, investigationId), idleFormState);
  const t = useTranslations("Investigations.webhooks");
  const message = useFormText(state.message);
  return (
    <div className="space-y-3">
      <form action={action} noValidate aria-label={t("formLabel")} className="flex flex-wrap items-start gap-3">
        <Field
          label={t("receiver")}
          name="url"
          type="url"
          hint={t("receiverHint")}
          placeholder={examplePlaceholder}
          defaultValue={state.status === "saved" ? "" : state.values?.url}
          error={state.fieldErrors?.url}
          className="min-w-72 flex-1"
          key={state.savedAt ?? state.status}
        />
        <SubmitButton className="mt-6" pendingLabel={t("adding")}>
          {t("add")}
        </SubmitButton>
      </form>
      {state.status === "saved" && state.message ? <NewSecret secret={state.message} /> : null}
      {state.status !== "saved" && message && !state.fieldErrors?.url ? (
        <p role="alert" className="text-sm font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </div>
  );
}

function NewSecret({ secret }: { secret: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const t = useTranslations("Investigations.webhooks");
  return (
    <div role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-sm">
      <p className="font-medium text-emerald-900">{t("added")}</p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code data-testid="new-webhook-secret" className="block flex-1 select-all break-all rounded bg-white px-3 py-2 font-mono text-stone-900">
          {secret}
        </code>
        <button
          type="button"
          className={buttonClass("secondary")}
          onClick={() =>
            navigator.clipboard.writeText(secret).then(
              () => setCopied("copied"),
              () => setCopied("failed"),
            )
          }
        >
          {t("copySecret")}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 text-emerald-900">
        {copied === "copied" ? t("copied") : copied === "failed" ? t("copyFailed") : ""}
      </p>
    </div>
  );
}
