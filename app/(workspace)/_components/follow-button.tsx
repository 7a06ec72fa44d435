"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { useFormText } from "@/app/_components/form-message";
import type { FormState } from "@/app/_components/form-state";

/**
 * Follow / Unfollow for a claim or a fact (`what` names it). `follow` and `unfollow` are the
 * server actions bound to it; the page refreshes with the new state after either.
 */
export function FollowButton({
  what,
  isFollowing,
  follow,
  unfollow,
}: {
  what: "claim" | "fact";
  isFollowing: boolean;
  follow: () => Promise<FormState>;
  unfollow: () => Promise<FormState>;
}) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const t = useTranslations("Investigations.follow");
  const errorText = useFormText(error);
  const isClaim = what === "claim";
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={isPending}
        title={isFollowing ? t(isClaim ? "stopClaim" : "stopFact") : t(isClaim ? "hearClaim" : "hearFact")}
        className={buttonClass("secondary", "px-2.5 py-1 text-xs")}
        onClick={() =>
          startTransition(async () => {
            const result = await (isFollowing ? unfollow() : follow());
            setError(result.status === "saved" ? undefined : result.message);
          })
        }
      >
        {isFollowing ? t("unfollow") : t("follow")}
      </button>
      {isFollowing ? <span className="text-xs text-stone-500">{t(isClaim ? "followingClaim" : "followingFact")}</span> : null}
      {errorText ? (
        <span role="alert" className="text-xs text-red-700">
          {errorText}
        </span>
      ) : null}
    </span>
  );
}
