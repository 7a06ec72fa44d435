"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { SubmitButton } from "@/app/_components/button";
import { buttonClass } from "@/app/_components/button-class";
import { Field } from "@/app/_components/field";
import { FormMessage } from "@/app/_components/form-message";
import { idleFormState, type FormState } from "@/app/_components/form-state";
import { useHydrated } from "@/app/_components/use-hydrated";
import { formatDateTime } from "../../../_components/format";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Link = { path: string; expiresAt: string; indexable: boolean; createdByName: string };

/**
 * The investigation's public link: its address (to copy) and expiry with a Revoke button, or
 * a form that makes one. Anyone holding the address reads the public report, signed out.
 */
export function PublicLinkPanel({
  create,
  revoke,
  link,
  defaultDays,
  maxDays,
}: {
  create: Action;
  revoke: () => Promise<FormState>;
  link: Link | null;
  defaultDays: number;
  maxDays: number;
}) {
  const [state, formAction] = useActionState(create, idleFormState);
  const [revoked, setRevoked] = useState<FormState>(idleFormState);
  const [isRevoking, startRevoking] = useTransition();
  const [copied, setCopied] = useState(false);
  const t = useTranslations("Investigations.publication");
  const locale = useLocale();
  const isHydrated = useHydrated();
  const url = link && isHydrated ? new URL(link.path, window.location.href).href : (link?.path ?? "");
  return (
    <div className="space-y-2" data-testid="public-link">
      <h3 className="font-medium">{t("publicLink")}</h3>
      <FormMessage state={revoked.status !== "idle" && !link ? revoked : state} />
      {link ? (
        <>
          <label className="block text-sm">
            <span className="font-medium">{t("linkAddress")}</span>
            <input readOnly value={url} className="mt-1 block w-full rounded-md border border-stone-300 bg-stone-50 px-2 py-1.5 font-mono text-xs" />
          </label>
          <p className="text-xs text-stone-600">
            {t.rich("madeBy", { name: () => <bdi>{link.createdByName}</bdi>, date: formatDateTime(link.expiresAt, locale) })}{" "}
            {link.indexable ? t("indexable") : t("notIndexable")}
          </p>
          <div className="flex gap-2">
            <button
              type="button"
              disabled={!isHydrated}
              className={buttonClass("secondary", "px-2.5 py-1 text-xs")}
              onClick={async () => {
                await navigator.clipboard.writeText(url);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
            <button
              type="button"
              disabled={!isHydrated || isRevoking}
              className={buttonClass("secondary", "px-2.5 py-1 text-xs text-red-700")}
              onClick={() => startRevoking(async () => setRevoked(await revoke()))}
            >
              {isRevoking ? t("revoking") : t("revoke")}
            </button>
          </div>
        </>
      ) : (
        <p className="text-sm text-stone-600">{t("noLink")}</p>
      )}
      <form action={formAction} noValidate aria-label={t("makeForm")} className="flex flex-wrap items-end gap-2" key={state.savedAt ?? "form"}>
        <Field
          label={t("worksFor")}
          name="expiresInDays"
          hint={t("worksForHint", { max: maxDays })}
          defaultValue={state.status === "saved" ? String(defaultDays) : (state.values?.expiresInDays ?? String(defaultDays))}
          error={state.fieldErrors?.expiresInDays}
        />
        <label className="flex items-center gap-2 pb-1.5 text-sm">
          <input type="checkbox" name="indexable" value="on" defaultChecked={state.status !== "saved" && state.values?.indexable === "on"} />
          {t("letIndex")}
        </label>
        <SubmitButton className="px-3 py-1.5 text-xs">{link ? t("replace") : t("make")}</SubmitButton>
      </form>
    </div>
  );
}
