"use client";
import { useTranslations } from "next-intl";
import { saveFourEyesAction } from "../four-eyes-actions";
import { OnOffSettingForm } from "./on-off-setting-form";

/** The investigation's four eyes setting (editors): on, whoever set a claim's verdict cannot also approve it. */
export function FourEyesForm({ investigationId, version, fourEyes }: { investigationId: string; version: number; fourEyes: boolean }) {
  const t = useTranslations("Investigations.fourEyes");
  const text = { legend: t("legend"), explanation: t("explanation"), on: t("on"), off: t("off"), save: t("save"), saving: t("saving") };
  return <OnOffSettingForm save={saveFourEyesAction.bind(null, investigationId)} name="fourEyes" value={fourEyes} version={version} text={text} />;
}
