"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/app/_components/button";
import { buttonClass } from "@/app/_components/button-class";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import { updateSourceDetailsAction } from "@/app/(workspace)/source-actions";
import { LanguageSelect } from "@/app/(workspace)/_components/language-select";
import type { LanguageOptions } from "@/lib/languages";

export type SourceDetailsValues = { title: string; outlet: string | null; url: string | null; publishedAt: string | null; language: string; version: number };

const theirFields = [
  ["title", "Title"],
  ["outlet", "Outlet"],
  ["url", "Address"],
  ["publishedAt", "Published"],
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
      aria-label="Source details"
      className="space-y-3"
      onKeyDown={(event) => {
        if (event.key === "Escape") onClose();
      }}
    >
      <FormMessage state={state} />
      {state.status === "conflict" && state.current ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" data-testid="their-version">
          <p className="font-medium">Their version</p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-3">
            {theirFields.map(([name, label]) => (
              <div key={name} className="contents">
                <dt>{label}</dt>
                <dd className="break-words">{state.current?.[name] || "(none)"}</dd>
              </div>
            ))}
            <dt>{tLanguages("label")}</dt>
            <dd>{state.current?.language}</dd>
          </dl>
        </div>
      ) : null}
      <input type="hidden" name="version" value={basedOn} />
      <Field label="Title" name="title" defaultValue={draft?.title ?? values.title} error={errors.title} />
      <Field
        label="Outlet"
        name="outlet"
        hint="Optional: the newspaper, broadcaster or site"
        defaultValue={draft?.outlet ?? values.outlet ?? ""}
        error={errors.outlet}
      />
      <Field label="Address (URL)" name="url" type="url" placeholder="https://" defaultValue={draft?.url ?? values.url ?? ""} error={errors.url} />
      <Field
        label="Publication date"
        name="publishedAt"
        hint="Optional, as YYYY-MM-DD"
        placeholder="2025-03-16"
        defaultValue={draft?.publishedAt ?? values.publishedAt ?? ""}
        error={errors.publishedAt}
      />
      <LanguageSelect options={languageOptions} defaultValue={draft?.language ?? values.language} error={errors.language} />
      <div className="flex gap-2">
        <SubmitButton>Save details</SubmitButton>
        <button type="button" className={buttonClass("secondary")} onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
