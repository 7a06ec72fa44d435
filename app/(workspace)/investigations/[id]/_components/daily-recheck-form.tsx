"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState } from "@/app/_components/form-state";
import { saveDailyRecheckAction } from "../daily-recheck-actions";

/** The investigation's daily re-check (editors): on, every captured evidence link is compared with its live page once a day. */
export function DailyRecheckForm({ investigationId, version, dailyRecheck }: { investigationId: string; version: number; dailyRecheck: boolean }) {
  const [state, action] = useActionState(saveDailyRecheckAction.bind(null, investigationId), idleFormState);
  const t = useTranslations("Captures.daily");
  return (
    <form action={action} aria-label={t("legend")} className="mt-6 space-y-2 border-t border-stone-200 pt-4">
      <fieldset>
        <legend className="font-medium">{t("legend")}</legend>
        <p className="text-sm text-stone-600">{t("explanation")}</p>
        <div className="mt-2 flex gap-4 text-sm">
          {/* Keyed by version: after a save the choice shown is the saved one. */}
          <label key={`on-${version}`} className="flex items-center gap-1.5">
            <input type="radio" name="dailyRecheck" value="on" defaultChecked={dailyRecheck} /> {t("on")}
          </label>
          <label key={`off-${version}`} className="flex items-center gap-1.5">
            <input type="radio" name="dailyRecheck" value="off" defaultChecked={!dailyRecheck} /> {t("off")}
          </label>
        </div>
      </fieldset>
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("save")}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
