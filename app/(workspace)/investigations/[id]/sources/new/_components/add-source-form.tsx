"use client";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { utf8ByteLength } from "@/lib/canonical-text";
import { formatBytes, sourceTextMaxBytes } from "@/lib/validation/source";
import { createSourceAction } from "@/app/(workspace)/source-actions";
import { LanguageSelect } from "@/app/(workspace)/_components/language-select";
import type { LanguageOptions } from "@/lib/languages";

/** Pasting a source; its language is detected from the text unless one is chosen. */
export function AddSourceForm({ investigationId, languageOptions }: { investigationId: string; languageOptions: LanguageOptions }) {
  const [state, action] = useActionState(createSourceAction.bind(null, investigationId), idleFormState);
  const [textBytes, setTextBytes] = useState(() => utf8ByteLength(state.values?.text ?? ""));
  const isOverLimit = textBytes > sourceTextMaxBytes;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate aria-label="Add source" className="space-y-5 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <Field label="Title" name="title" defaultValue={state.values?.title} error={errors.title} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label="Outlet" name="outlet" hint="Optional: the publication or author" defaultValue={state.values?.outlet} error={errors.outlet} />
        <Field
          label="Publish date"
          name="publishedAt"
          hint="Optional, as YYYY-MM-DD"
          placeholder="2025-03-16"
          defaultValue={state.values?.publishedAt}
          error={errors.publishedAt}
        />
      </div>
      <Field
        label="URL"
        name="url"
        type="url"
        hint="Optional: where it was published (http or https)"
        placeholder="https://"
        defaultValue={state.values?.url}
        error={errors.url}
      />
      <LanguageSelect options={languageOptions} defaultValue={state.values?.language} error={errors.language} detect />
      <Field
        label="Text"
        name="text"
        multiline
        rows={16}
        defaultValue={state.values?.text}
        error={errors.text}
        onInput={(event) => setTextBytes(utf8ByteLength(event.currentTarget.value))}
      >
        <p className={`mt-1 text-xs ${isOverLimit ? "font-medium text-red-700" : "text-stone-500"}`}>
          {formatBytes(textBytes)} of {formatBytes(sourceTextMaxBytes)}
          {isOverLimit ? " — too long to save; split it into several sources." : ""}
        </p>
      </Field>
      <div className="flex justify-end">
        <SubmitButton pendingLabel="Adding…">Add source</SubmitButton>
      </div>
    </form>
  );
}
