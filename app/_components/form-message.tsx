import type { FormState } from "@/app/_components/form-state";

/** The form-level message after a save: a refusal, a conflict or a confirmation. */
export function FormMessage({ state }: { state: FormState }) {
  if (state.status === "idle" || !state.message) return null;
  const tone = state.status === "saved" ? "border-emerald-300 bg-emerald-50 text-emerald-900" : "border-red-300 bg-red-50 text-red-900";
  return (
    <div role={state.status === "saved" ? "status" : "alert"} data-testid="form-message" className={`rounded-md border px-3 py-2 text-sm ${tone}`}>
      {state.message}
    </div>
  );
}
