"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { utf8ByteLength } from "@/lib/canonical-text";
import { sourceTextMaxBytes } from "@/lib/validation/source";
import { createSourceAction } from "@/app/(workspace)/source-actions";
import { LanguageSelect } from "@/app/(workspace)/_components/language-select";
import type { LanguageOptions } from "@/lib/languages";

/** "512 bytes", "12 KB", "1.5 MB" ("1,5 MB" in Spanish): the text's size as the reader's language writes numbers. */
function useByteSize() {
  const t = useTranslations("Sources");
  const format = useFormatter();
  return (bytes: number) =>
    bytes < 1024
      ? t("bytes", { size: format.number(bytes) })
      : bytes < 1024 * 1024
        ? t("kilobytes", { size: format.number(Math.round(bytes / 1024)) })
        : t("megabytes", { size: format.number(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
}

/** The start of a web address, the same in every language (not words to translate). */
const urlPlaceholder = "https://";

/** Pasting a source; its language is detected from the text unless one is chosen. */
export function AddSourceForm({ investigationId, languageOptions }: { investigationId: string; languageOptions: LanguageOptions }) {
  const t = useTranslations("Sources.add");
  const byteSize = useByteSize();
  const [state, action] = useActionState(createSourceAction.bind(null, investigationId), idleFormState);
  const [textBytes, setTextBytes] = useState(() => utf8ByteLength(state.values?.text ?? ""));
  const isOverLimit = textBytes > sourceTextMaxBytes;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate aria-label={t("formLabel")} className="space-y-5 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <Field label={t("title")} name="title" defaultValue={state.values?.title} error={errors.title} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={t("outlet")} name="outlet" hint={t("outletHint")} defaultValue={state.values?.outlet} error={errors.outlet} />
        <Field
          label={t("publishedAt")}
          name="publishedAt"
          hint={t("publishedAtHint")}
          placeholder="2025-03-16"
          defaultValue={state.values?.publishedAt}
          error={errors.publishedAt}
        />
      </div>
      <Field label={t("url")} name="url" type="url" hint={t("urlHint")} placeholder={urlPlaceholder} defaultValue={state.values?.url} error={errors.url} />
      <LanguageSelect options={languageOptions} defaultValue={state.values?.language} error={errors.language} detect />
      <Field
        label={t("text")}
        name="text"
        multiline
        rows={16}
        defaultValue={state.values?.text}
        error={errors.text}
        onInput={(event) => setTextBytes(utf8ByteLength(event.currentTarget.value))}
      >
        <p className={`mt-1 text-xs ${isOverLimit ? "font-medium text-red-700" : "text-stone-500"}`}>
          {t("size", { size: byteSize(textBytes), limit: byteSize(sourceTextMaxBytes) })}
          {isOverLimit ? t("tooLong") : ""}
        </p>
      </Field>
      <div className="flex justify-end">
        <SubmitButton pendingLabel={t("adding")}>{t("submit")}</SubmitButton>
      </div>
    </form>
  );
}
