/**
 * What every form's server action returns. `values` echoes what the person typed so the
 * form can show it again after a refusal: nothing typed is lost to a validation error.
 */
export type FormState = {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** For conflicts: the other person's saved values. */
  current?: Record<string, string>;
  /** Set on every successful save, so a form can reset itself (as a React key). */
  savedAt?: string;
};

export const idleFormState: FormState = { status: "idle" };
