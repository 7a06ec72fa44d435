"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { buttonClass } from "@/app/_components/button-class";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import { renameInvestigationAction } from "@/app/(workspace)/investigation-actions";
import { UserText } from "@/app/_components/user-text";

/**
 * The investigation's heading; editors can rename it in place. The form names the version
 * it was opened at, so a rename made meanwhile by someone else is reported, not overwritten.
 */
export function InvestigationTitle({ id, title, version, canRename }: { id: string; title: string; version: number; canRename: boolean }) {
  const [isEditing, setIsEditing] = useState(false);
  const t = useTranslations("Investigations");
  // The version the draft is based on: fixed when editing starts, so a live update of the
  // page cannot turn a stale draft into a silent overwrite.
  const [basedOn, setBasedOn] = useState(String(version));
  const [state, action] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await renameInvestigationAction(id, previous, formData);
    if (result.status === "saved") setIsEditing(false);
    if (result.status === "conflict" && result.current?.version) setBasedOn(result.current.version);
    return result;
  }, idleFormState);
  if (!isEditing) {
    return (
      <div className="flex items-center gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">
          <UserText>{title}</UserText>
        </h1>
        {canRename ? (
          <button
            type="button"
            className={buttonClass("quiet", "px-2 py-1 text-xs")}
            onClick={() => {
              setBasedOn(String(version));
              setIsEditing(true);
            }}
          >
            {t("rename")}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <>
      {/* The page keeps its heading while the title is being edited. */}
      <h1 className="sr-only">
        <UserText>{title}</UserText>
      </h1>
      <form action={action} noValidate aria-label={t("renameForm")} className="flex min-w-80 flex-1 flex-wrap items-start gap-2">
        <div className="w-full">
          <FormMessage state={state} />
        </div>
        <input type="hidden" name="version" value={basedOn} />
        <Field label={t("titleField")} name="title" defaultValue={state.values?.title ?? title} error={state.fieldErrors?.title} className="min-w-64 flex-1" />
        <div className="mt-6 flex gap-2">
          <SubmitButton>{t("saveTitle")}</SubmitButton>
          <button type="button" className={buttonClass("secondary")} onClick={() => setIsEditing(false)}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </>
  );
}
