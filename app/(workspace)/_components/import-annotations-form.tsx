"use client";
import { useActionState, useId } from "react";
import { SubmitButton } from "@/app/_components/button";
import { idleFormState } from "@/app/_server/form-state";
import { importAnnotationsAction } from "../import-actions";

/**
 * Imports annotations exported from Corroborate or Hypothesis (W3C Web Annotation JSON-LD).
 * The result is listed line by line: what was created or matched, then what was not.
 */
export function ImportAnnotationsForm({ investigationId }: { investigationId: string }) {
  const [state, action] = useActionState(importAnnotationsAction.bind(null, investigationId), idleFormState);
  const id = useId();
  const error = state.fieldErrors?.file;
  return (
    <form action={action} aria-label="Import annotations" className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium">
        Annotation file (W3C Web Annotation JSON-LD, from Corroborate or Hypothesis)
      </label>
      <input id={id} type="file" name="file" accept=".jsonld,.json,application/ld+json,application/json" aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} className="block text-sm" />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
      <SubmitButton className="px-3 py-1.5 text-xs">Import</SubmitButton>
      {state.status === "saved" && state.message ? (
        <ul role="status" aria-label="Import summary" className="space-y-1 rounded-md bg-emerald-50 p-2 text-sm text-emerald-950">
          {state.message.split("\n").map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
