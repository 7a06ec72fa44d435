"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FileField } from "@/app/_components/file-field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { importSourceFromUrlAction, uploadSourceAction } from "@/app/(workspace)/source-actions";

/** Import a source from a web address: the server fetches the page and keeps its article text. */
export function ImportUrlForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(importSourceFromUrlAction.bind(null, investigationId), idleFormState);
  return (
    <form action={action} noValidate aria-label="Import from a URL" className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <Field
        label="Page address"
        name="url"
        type="url"
        placeholder="https://"
        hint="The article's text, title, byline, outlet and date are taken from the page."
        defaultValue={state.values?.url}
        error={state.fieldErrors?.url}
      />
      <Field
        label="Title (optional)"
        name="title"
        hint="Leave empty to use the page's own title"
        defaultValue={state.values?.title}
        error={state.fieldErrors?.title}
      />
      <div className="flex justify-end">
        <SubmitButton pendingLabel="Fetching…">Import page</SubmitButton>
      </div>
    </form>
  );
}

/** Upload a .txt, .md or .html file as a source. */
export function UploadSourceForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(uploadSourceAction.bind(null, investigationId), idleFormState);
  return (
    <form action={action} noValidate aria-label="Upload a file" className="space-y-4 rounded-xl border border-stone-200 bg-white p-6">
      <FormMessage state={state} />
      <FileField
        label="File"
        name="file"
        accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
        hint=".txt, .md or .html (HTML is reduced to its article text)"
        error={state.fieldErrors?.file}
      />
      <Field
        label="Title (optional)"
        name="title"
        hint="Leave empty to use the file's title or name"
        defaultValue={state.values?.title}
        error={state.fieldErrors?.title}
      />
      <div className="flex justify-end">
        <SubmitButton pendingLabel="Uploading…">Upload</SubmitButton>
      </div>
    </form>
  );
}
