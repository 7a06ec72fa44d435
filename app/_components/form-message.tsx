"use client";
import { useTranslations } from "next-intl";
import type { FormState } from "@/app/_components/form-state";

/** The form-level message after a save: a refusal, a conflict or a confirmation. */
export function FormMessage({ state }: { state: FormState }) {
  const message = useFormText(state.message);
  if (state.status === "idle" || !message) return null;
  const tone = state.status === "saved" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900";
  return (
    <div role={state.status === "saved" ? "status" : "alert"} data-testid="form-message" className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      {message}
    </div>
  );
}

/**
 * A form message as the person reads it. Actions write their messages out in the person's
 * language; the few answers fixed before any request is read (`malformedArguments`) carry a
 * catalogue key ("Errors.malformedRequest"), written out here.
 */
export function useFormText(message: string | undefined): string | undefined {
  const t = useTranslations();
  if (message && /^(Errors|Common)\.\w+$/.test(message) && t.has(message as never)) return t(message as never);
  return message;
}
