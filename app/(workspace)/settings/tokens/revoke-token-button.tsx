"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { revokeApiTokenAction } from "./actions";

export function RevokeTokenButton({ tokenId, name }: { tokenId: string; name: string }) {
  const [isPending, startTransition] = useTransition();
  const t = useTranslations("Settings");
  return (
    <button
      type="button"
      disabled={isPending}
      aria-label={t("tokensPage.revokeNamed", { name })}
      className={buttonClass("secondary", "px-2.5 py-1 text-xs text-red-700")}
      onClick={() => startTransition(async () => void (await revokeApiTokenAction(tokenId)))}
    >
      {isPending ? t("token.revoking") : t("token.revoke")}
    </button>
  );
}
