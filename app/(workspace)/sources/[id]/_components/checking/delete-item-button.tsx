"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { FormState } from "@/app/_components/form-state";

/** A small text button that runs a delete action and shows its refusal, if any. */
export function DeleteItemButton({ label, action }: { label: string; action: () => Promise<FormState> }) {
  const t = useTranslations("Checking");
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span>
      <button
        type="button"
        disabled={isPending}
        className="text-xs text-red-700 underline disabled:opacity-50"
        onClick={() =>
          startTransition(async () => {
            const result = await action();
            setError(result.status === "saved" ? undefined : result.message);
          })
        }
      >
        {isPending ? t("removing") : label}
      </button>
      {error ? (
        <span role="alert" className="ml-2 text-xs text-red-700">
          {error}
        </span>
      ) : null}
    </span>
  );
}
