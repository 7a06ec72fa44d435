"use client";
import { useState, useTransition } from "react";
import type { FormState } from "@/app/_components/form-state";
import { useFormText } from "@/app/_components/form-message";
import { useHydrated } from "@/app/_components/use-hydrated";

/**
 * A small button that asks something of a capture (Retry, Capture again, Check again) and
 * says what came of it: the answer's message, in a status region (a refusal as an alert).
 * The page itself is refreshed by the action and by the live stream: "Retry" goes with the
 * failure it retries, and the capture's state line says what happens next.
 */
export function CaptureRequestButton({ label, pendingLabel, action }: { label: string; pendingLabel: string; action: () => Promise<FormState> }) {
  const [isPending, startTransition] = useTransition();
  const [answer, setAnswer] = useState<FormState>();
  const message = useFormText(answer?.message);
  const hydrated = useHydrated();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={isPending || !hydrated}
        className="rounded border border-stone-300 bg-white px-2 py-0.5 text-xs font-medium text-stone-800 hover:bg-stone-100 disabled:opacity-60"
        onClick={() => startTransition(async () => setAnswer(await action()))}
      >
        {isPending ? pendingLabel : label}
      </button>
      {answer && message ? (
        <span role={answer.status === "saved" ? "status" : "alert"} className={`text-xs ${answer.status === "saved" ? "text-stone-700" : "text-red-700"}`}>
          {message}
        </span>
      ) : null}
    </span>
  );
}
