"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { saveFourEyesAction } from "../four-eyes-actions";

/** The investigation's four eyes setting (editors): on, whoever set a claim's verdict cannot also approve it. */
export function FourEyesForm({ investigationId, version, fourEyes }: { investigationId: string; version: number; fourEyes: boolean }) {
  const [state, action] = useActionState(saveFourEyesAction.bind(null, investigationId), idleFormState);
  return (
    <form action={action} aria-label="Four eyes" className="mt-6 space-y-2 border-t border-stone-200 pt-4">
      <fieldset>
        <legend className="font-medium">Four eyes</legend>
        <p className="text-sm text-stone-600">When on, the person who set a claim&apos;s verdict cannot also approve it: another editor or admin must.</p>
        <div className="mt-2 flex gap-4 text-sm">
          {/* Keyed by version: after a save the choice shown is the saved one. */}
          <label key={`on-${version}`} className="flex items-center gap-1.5">
            <input type="radio" name="fourEyes" value="on" defaultChecked={fourEyes} /> On
          </label>
          <label key={`off-${version}`} className="flex items-center gap-1.5">
            <input type="radio" name="fourEyes" value="off" defaultChecked={!fourEyes} /> Off
          </label>
        </div>
      </fieldset>
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel="Saving…" variant="secondary">
        Save four eyes
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
