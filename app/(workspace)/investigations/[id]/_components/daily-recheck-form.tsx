"use client";
import { useTranslations } from "next-intl";
import { saveDailyRecheckAction } from "../daily-recheck-actions";
import { OnOffSettingForm } from "./on-off-setting-form";

/** The investigation's daily re-check (editors): on, every captured evidence link is compared with its live page once a day. */
export function DailyRecheckForm({ investigationId, version, dailyRecheck }: { investigationId: string; version: number; dailyRecheck: boolean }) {
  const t = useTranslations("Captures.daily");
  const text = { legend: t("legend"), explanation: t("explanation"), on: t("on"), off: t("off"), save: t("save"), saving: t("saving") };
  return <OnOffSettingForm save={saveDailyRecheckAction.bind(null, investigationId)} name="dailyRecheck" value={dailyRecheck} version={version} text={text} />;
}
