"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_server/form-state";

type Reading = { low: number; high: number | null; lowInclusive: boolean; highInclusive: boolean; unit: string | null; text: string } | null;

/** A reviewer's own reading of a claim's figure, when the automatic one is wrong. */
export function CorrectQuantityForm({ action, reading, label }: { action: (previous: FormState, formData: FormData) => Promise<FormState>; reading: Reading; label: string }) {
  const [state, formAction] = useActionState(action, idleFormState);
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  const input = "mt-0.5 w-24 rounded border border-stone-300 px-2 py-1 text-sm";
  return (
    <form action={formAction} noValidate aria-label={`Correct the reading of ${label}`} className="mt-2 space-y-2 text-xs">
      <FormMessage state={state} />
      <input type="hidden" name="text" value={reading?.text ?? label} />
      <div className="flex flex-wrap items-end gap-3">
        <label>
          From
          <input name="low" defaultValue={values?.low ?? String(reading?.low ?? "")} className={`${input} block`} aria-invalid={errors.low ? true : undefined} />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="lowInclusive" value="on" defaultChecked={reading?.lowInclusive ?? true} /> included
        </label>
        <label>
          To (blank: no limit)
          <input name="high" defaultValue={values?.high ?? (reading?.high === null || reading === null ? "" : String(reading.high))} className={`${input} block`} aria-invalid={errors.high ? true : undefined} />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" name="highInclusive" value="on" defaultChecked={reading?.highInclusive ?? true} /> included
        </label>
        <label>
          Counting
          <input name="unit" defaultValue={values?.unit ?? reading?.unit ?? ""} className={`${input} block w-36`} />
        </label>
        <SubmitButton className="px-2.5 py-1 text-xs">Save reading</SubmitButton>
      </div>
      {Object.values(errors).length ? <p className="font-medium text-red-700">{Object.values(errors)[0]}</p> : null}
    </form>
  );
}
