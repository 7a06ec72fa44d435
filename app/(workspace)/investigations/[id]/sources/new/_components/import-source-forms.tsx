"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FileField } from "@/app/_components/file-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { importSourceFromUrlAction, uploadSourceAction } from "@/app/(workspace)/source-actions";

/** The start of a web address, the same in every language (not words to translate). */
const urlPlaceholder = "https://";

/** Import a source from a web address: the server fetches the page and keeps its article text. */
export function ImportUrlForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(importSourceFromUrlAction.bind(null, investigationId), idleFormState);
  const t = useTranslations("Sources.importUrl");
  return (
    <form action={action} noValidate aria-label={t("formLabel")} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <Field
        label={t("url")}
        name="url"
        type="url"
        placeholder={urlPlaceholder}
        hint={t("urlHint")}
        defaultValue={state.values?.url}
        error={state.fieldErrors?.url}
      />
      <Field label={t("title")} name="title" hint={t("titleHint")} defaultValue={state.values?.title} error={state.fieldErrors?.title} />
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("fetching")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}

/** Upload a .txt, .md or .html file as a source. */
export function UploadSourceForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(uploadSourceAction.bind(null, investigationId), idleFormState);
  const t = useTranslations("Sources.upload");
  return (
    <form action={action} noValidate aria-label={t("formLabel")} className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <FileField
        label={t("file")}
        name="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hint={t("fileHint")}
        error={state.fieldErrors?.file}
      />
      <Field label={t("title")} name="title" hint={t("titleHint")} defaultValue={state.values?.title} error={state.fieldErrors?.title} />
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("uploading")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
