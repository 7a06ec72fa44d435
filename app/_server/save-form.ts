import { getLocale, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { isDatabaseUnavailable } from "@/lib/database-unavailable";
import { isAppError, localizeAppError } from "@/lib/errors";
import { securityLog } from "@/lib/security-log";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { malformedArguments } from "./action-arguments";
import { getActor } from "./current-actor";
import type { FormState } from "../_components/form-state";

/*
 * The server side of every form: validation, saving and mapping outcomes to a FormState.
 * (Its FormState type and idle state are in app/_components/form-state.ts, which client components import.)
 */

/** The text of each field (a missing one is empty; a file where text belongs is empty too, and refused). */
function valuesOf(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, textOf(formData.get(field))]));
}

const textOf = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/**
 * Validates `formData` with `schema`, then saves through `runSave`. Something that is not a
 * form, or a file sent where a field holds text, is refused before the schema runs.
 */
export async function handleForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  fields: readonly string[],
  save: (input: z.infer<S>) => Promise<FormState | void> | FormState | void,
): Promise<FormState> {
  if (!(formData instanceof FormData)) return malformedArguments;
  const values = valuesOf(formData, fields);
  const files = fields.filter((field) => formData.get(field) instanceof Blob);
  const t = await getTranslations("Common");
  if (files.length > 0) {
    return {
      status: "invalid",
      message: t("formInvalid"),
      fieldErrors: Object.fromEntries(files.map((field) => [field, t("fileInTextField")])),
      values,
    };
  }
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return { status: "invalid", message: t("formInvalid"), fieldErrors: fieldErrorsOf(parsed.error, await getLocale()), values };
  }
  return runSave(values, () => save(parsed.data));
}

/**
 * Runs `save` and maps its outcome to a FormState that echoes `values`. AppErrors become
 * messages; anything else (including Next's redirect) is re-thrown.
 */
export async function runSave(values: Record<string, string>, save: () => Promise<FormState | void> | FormState | void): Promise<FormState> {
  try {
    const saved: FormState = (await save()) ?? { status: "saved" };
    return { ...saved, savedAt: `${Date.now()}-${Math.random()}` };
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { status: "error", message: (await getTranslations("Common"))("databaseUnavailable"), values };
    if (!isAppError(error)) throw error;
    if (error.code === "FORBIDDEN")
      securityLog().record({
        event: "access-denied",
        outcome: "refused",
        userId: (await getActor())?.id ?? null,
        target: "server action",
        detail: error.message,
      });
    // In the person's language; a conflict's `fields` are the other person's saved values, not messages.
    const { message, fields } = localizeAppError(error, await getLocale());
    if (error.code === "CONFLICT") return { status: "conflict", message, values, current: error.fields };
    if (error.code === "INVALID") return { status: "invalid", message, fieldErrors: fields, values };
    // A refusal may name the field it is about (a reviewer assigning someone else: `assigneeId`).
    return { status: "error", message, values, ...(fields ? { fieldErrors: fields } : {}) };
  }
}
