"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { buttonClass } from "@/app/_components/button-class";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import { updateSourceDetailsAction } from "@/app/(workspace)/source-actions";
import { LanguageSelect } from "@/app/(workspace)/_components/language-select";
import type { LanguageOptions } from "@/lib/languages";

export type SourceDetailsValues = { title: string; outlet: string | null; url: string | null; publishedAt: string | null; language: string; version: number };

/** The fields of "Their version", each with its catalogue key (Reader.details). */
const theirFields = [
  ["title", "title"],
  ["outlet", "outlet"],
  ["url", "address"],
  ["publishedAt", "published"],
] as const;

/**
 * Title, outlet, address, publication date and language of a source. The form names the version it
 * was opened at: a save made meanwhile by someone else is refused, their values are shown
 * beside the draft, and the draft stays in the fields (saving again replaces theirs).
 */
export function SourceDetailsForm({
  sourceId,
  values,
  languageOptions,
  onClose,
}: {
  sourceId: string;
  values: SourceDetailsValues;
  languageOptions: LanguageOptions;
  onClose: () => void;
}) {
  const tLanguages = useTranslations("Languages");
  const t = useTranslations("Reader.details");
  const common = useTranslations("Common");
  // Fixed when the form opens, so a live update of the page cannot turn a stale draft into an overwrite.
  const [basedOn, setBasedOn] = useState(String(values.version));
  const form = useRef<HTMLFormElement>(null);
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await updateSourceDetailsAction(sourceId, previous, formData);
    if (result.status === "saved") onClose();
    if (result.status === "conflict" && result.current?.version) setBasedOn(result.current.version);
    return result;
  }, idleFormState);
  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>("input[name=title]")?.focus();
  }, []);
  const draft = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form
      ref={form}
      action={action}
      noValidate
      aria-label={t("formLabel")}
      className="space-y-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <FormMessage state={state} />
      {state.status === "conflict" && state.current ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="their-version">
          <p className="font-medium">{t("theirVersion")}</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            {theirFields.map(([name, label]) => (
              <div key={name} className="contents">
                <dt>{t(label)}</dt>
                <dd className="break-words">{state.current?.[name] || t("none")}</dd>
              </div>
            ))}
            <dt>{tLanguages("label")}</dt>
            <dd>{state.current?.language}</dd>
          </dl>
        </div>
      ) : null}
      <input type="hidden" name="version" value={basedOn} />
      <Field label={t("title")} name="title" defaultValue={draft?.title ?? values.title} error={errors.title} />
      <Field label={t("outlet")} name="outlet" hint={t("outletHint")} defaultValue={draft?.outlet ?? values.outlet ?? ""} error={errors.outlet} />
      <Field label={t("url")} name="url" type="url" placeholder={t("urlPlaceholder")} defaultValue={draft?.url ?? values.url ?? ""} error={errors.url} />
      <Field
        label={t("publishedAt")}
        name="publishedAt"
        hint={t("publishedAtHint")}
        placeholder="2025-03-16"
        defaultValue={draft?.publishedAt ?? values.publishedAt ?? ""}
        error={errors.publishedAt}
      />
      <LanguageSelect options={languageOptions} defaultValue={draft?.language ?? values.language} error={errors.language} />
      <div className="flex gap-2">
        <SubmitButton pendingLabel={common("saving")}>{t("save")}</SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={onClose}>
          {common("cancel")}
        </button>
      </div>
    </form>
  );
}
