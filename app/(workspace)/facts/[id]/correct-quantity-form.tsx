"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FieldError, useFieldIds } from "@/app/_components/field-parts";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";

type Reading = { low: number; high: number | null; lowInclusive: boolean; highInclusive: boolean; unit: string | null; text: string } | null;

/** A reviewer's own reading of a claim's figure, when the automatic one is wrong. */
export function CorrectQuantityForm({
  action,
  reading,
  label,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  reading: Reading;
  label: string;
}) {
  const [state, formAction] = useActionState(action, idleFormState);
  const t = useTranslations("FactPage.correction");
  // After a refusal, show what was submitted; before, the current reading.
  const values = state.status === "saved" ? undefined : state.values;
  const errors = state.fieldErrors ?? {};
  const included = (name: "lowInclusive" | "highInclusive", fallback: boolean | undefined) => (values ? values[name] === "on" : (fallback ?? true));
  return (
    <form action={formAction} noValidate aria-label={t("formLabel", { label })} className="mt-2 space-y-2 text-xs">
      <FormMessage state={state} />
      <input type="hidden" name="text" value={reading?.text ?? label} />
      <div className="flex flex-wrap items-start gap-x-4 gap-y-2">
        <SmallField label={t("from")} name="low" defaultValue={values?.low ?? String(reading?.low ?? "")} error={errors.low}>
          <IncludedBox name="lowInclusive" endLabel={t("lowerIncluded")} defaultChecked={included("lowInclusive", reading?.lowInclusive)} />
        </SmallField>
        <SmallField label={t("to")} name="high" defaultValue={values?.high ?? (reading?.high == null ? "" : String(reading.high))} error={errors.high}>
          <IncludedBox name="highInclusive" endLabel={t("upperIncluded")} defaultChecked={included("highInclusive", reading?.highInclusive)} />
        </SmallField>
        <SmallField label={t("counting")} name="unit" defaultValue={values?.unit ?? reading?.unit ?? ""} error={errors.unit} width="w-36" />
        {/* Level with the inputs: below a label line. */}
        <SubmitButton className="mt-[1.125rem] px-2.5 py-1 text-xs">{t("save")}</SubmitButton>
      </div>
      <FieldError id={undefined} error={errors.text} className="text-xs" />
    </form>
  );
}

/** A compact labelled text box with its error under it, tied to it (see field-parts). */
function SmallField({
  label,
  name,
  defaultValue,
  error,
  width = "w-24",
  children,
}: {
  label: string;
  name: string;
  defaultValue: string;
  error?: string;
  width?: string;
  children?: React.ReactNode;
}) {
  const ids = useFieldIds({ error });
  return (
    <div>
      <label htmlFor={ids.control.id} className="block">
        {label}
      </label>
      <div className="mt-0.5 flex items-center gap-2">
        <input
          {...ids.control}
          name={name}
          defaultValue={defaultValue}
          className={`${width} rounded border px-2 py-1 text-sm ${error ? "border-red-600" : "border-stone-300"}`}
        />
        {children}
      </div>
      <FieldError id={ids.errorId} error={error} className="mt-0.5 max-w-56 text-xs" />
    </div>
  );
}

function IncludedBox({ name, endLabel, defaultChecked }: { name: string; endLabel: string; defaultChecked: boolean }) {
  const t = useTranslations("FactPage.correction");
  return (
    <label className="flex items-center gap-1">
      <input type="checkbox" name={name} value="on" defaultChecked={defaultChecked} aria-label={endLabel} /> {t("included")}
    </label>
  );
}
