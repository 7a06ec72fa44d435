"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { idleFormState } from "@/app/_components/form-state";
import { createApiTokenAction } from "./actions";

export function CreateTokenForm() {
  const [state, action] = useActionState(createApiTokenAction, idleFormState);
  const t = useTranslations("Settings.tokensPage");
  return (
    <div className="space-y-3">
      <form
        action={action}
        noValidate
        aria-label={t("createToken")}
        className="flex flex-wrap items-start gap-3 rounded-xl border border-stone-200 bg-white p-4"
      >
        <Field
          label={t("tokenName")}
          name="name"
          placeholder={t("tokenNamePlaceholder")}
          defaultValue={state.status === "saved" ? "" : state.values?.name}
          error={state.fieldErrors?.name}
          className="min-w-64 flex-1"
          key={state.status}
        />
        <SubmitButton className="mt-6" pendingLabel={t("creating")}>
          {t("createToken")}
        </SubmitButton>
      </form>
      {state.status === "saved" && state.message ? (
        <div role="status" className="rounded-xl border border-emerald-300 bg-emerald-50 p-4 text-sm">
          <p className="font-medium text-emerald-900">{t("copyNow")}</p>
          <code data-testid="new-token" className="mt-2 block select-all break-all rounded bg-white px-3 py-2 font-mono text-stone-900">
            {state.message}
          </code>
        </div>
      ) : null}
    </div>
  );
}
