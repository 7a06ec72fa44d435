"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";

export type OnOffSettingText = { legend: string; explanation: string; on: string; off: string; save: string; saving: string };

/**
 * One on/off setting of an investigation (editors): a radio pair named `name` ("on"/"off"),
 * the investigation's `version` for the save's optimistic check, and the form's message.
 */
export function OnOffSettingForm({
  save,
  name,
  value,
  version,
  text,
}: {
  save: (state: FormState, form: FormData) => Promise<FormState>;
  name: string;
  value: boolean;
  version: number;
  text: OnOffSettingText;
}) {
  const [state, action] = useActionState(save, idleFormState);
  return (
    <form action={action} aria-label={text.legend} className="mt-6 space-y-2 border-t border-stone-200 pt-4">
      <fieldset>
        <legend className="font-medium">{text.legend}</legend>
        <p className="text-sm text-stone-600">{text.explanation}</p>
        <div className="mt-2 flex gap-4 text-sm">
          {/* Keyed by version: after a save the choice shown is the saved one. */}
          <label key={`on-${version}`} className="flex items-center gap-1.5">
            <input type="radio" name={name} value="on" defaultChecked={value} /> {text.on}
          </label>
          <label key={`off-${version}`} className="flex items-center gap-1.5">
            <input type="radio" name={name} value="off" defaultChecked={!value} /> {text.off}
          </label>
        </div>
      </fieldset>
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel={text.saving} variant="secondary">
        {text.save}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
