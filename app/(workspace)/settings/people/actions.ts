"use server";
import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { fits, formArgument, idArgument, malformedArguments } from "@/app/_server/action-arguments";
import { requireActor } from "@/app/_server/current-actor";
import type { FormState } from "@/app/_components/form-state";
import { handleForm, runSave } from "@/app/_server/save-form";
import { revokeApiTokensOfPerson } from "@/db/queries/api-tokens";
import { createUser, resetUserPassword, setUserDisabled, setUserRole } from "@/db/queries/users";
import { fieldErrorsOf } from "@/lib/validation/field-errors";
import { CreateUserInput, role as roleSchema } from "@/lib/validation/user";

const FormArgs = z.tuple([formArgument]);
const AccountAndFormArgs = z.tuple([idArgument, formArgument]);
const AccountArgs = z.tuple([idArgument]);
const SetDisabledArgs = z.tuple([idArgument, z.boolean()]);
const RevokePersonTokensArgs = z.tuple([idArgument, idArgument.nullable()]);

type SettingsText = Awaited<ReturnType<typeof getTranslations<"Settings">>>;

/** "2 API tokens were revoked." — said wherever a change revokes someone's tokens. */
function revokedTokensSentence(t: SettingsText, count: number): string {
  return count === 0 ? t("peoplePage.noActiveToken") : t("peoplePage.tokensRevoked", { count });
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(FormArgs, [formData])) return malformedArguments;
  const state = await handleForm(formData, CreateUserInput, ["email", "name", "role", "password"], async (input) => {
    const { user, generatedPassword } = await createUser({ operator: actor, input: { ...input, password: input.password || undefined } });
    const t = await getTranslations("Settings");
    return {
      status: "saved",
      message: generatedPassword
        ? t("peoplePage.accountCreatedWithPassword", { email: user.email, password: generatedPassword })
        : t("peoplePage.accountCreated", { email: user.email }),
    };
  });
  // Never echo a password back into the form.
  if (state.values) state.values = { ...state.values, password: "" };
  revalidatePath("/settings/people");
  return state;
}

export async function setRoleAction(userId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(AccountAndFormArgs, [userId, formData])) return malformedArguments;
  const parsed = roleSchema.safeParse(formData.get("role"));
  if (!parsed.success) return { status: "invalid", fieldErrors: { role: fieldErrorsOf(parsed.error, await getLocale()).body! } };
  const state = await runSave({}, async () => {
    const user = await setUserRole({ operator: actor, userId, role: parsed.data });
    const common = await getTranslations("Common");
    // "editor" in the sentence, as the role is named in the menu but in lower case.
    const role = common(`roles.${user.role}`).toLowerCase();
    return { status: "saved", message: (await getTranslations("Settings"))("peoplePage.roleChanged", { email: user.email, role }) };
  });
  revalidatePath("/settings/people");
  return state;
}

/** Disabling signs the person out and revokes their API tokens (for good); enabling restores neither. */
export async function setDisabledAction(userId: string, disabled: boolean): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(SetDisabledArgs, [userId, disabled])) return malformedArguments;
  const state = await runSave({}, async () => {
    const user = await setUserDisabled({ operator: actor, userId, disabled });
    const t = await getTranslations("Settings");
    return {
      status: "saved",
      message: disabled
        ? t("peoplePage.disabledAndSignedOut", { email: user.email, tokens: revokedTokensSentence(t, user.revokedTokenCount) })
        : t("peoplePage.enabledAgain", { email: user.email }),
    };
  });
  revalidatePath("/settings/people");
  return state;
}

/** Gives the person a new generated password (shown once), signs them out everywhere and revokes their API tokens. */
export async function resetPasswordAction(userId: string): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(AccountArgs, [userId])) return malformedArguments;
  const state = await runSave({}, async () => {
    const { user, password, revokedTokenCount } = await resetUserPassword({ operator: actor, userId });
    const t = await getTranslations("Settings");
    return {
      status: "saved",
      message: t("peoplePage.passwordReset", { email: user.email, tokens: revokedTokensSentence(t, revokedTokenCount), password }),
    };
  });
  revalidatePath("/settings/people");
  return state;
}

/** Revokes one of another person's API tokens (`tokenId`), or all of them when it is null. */
export async function revokePersonTokensAction(userId: string, tokenId: string | null): Promise<FormState> {
  const actor = await requireActor();
  if (!fits(RevokePersonTokensArgs, [userId, tokenId])) return malformedArguments;
  const state = await runSave({}, async () => {
    const count = await revokeApiTokensOfPerson({ operator: actor, userId, tokenId: tokenId ?? undefined });
    const t = await getTranslations("Settings");
    return { status: "saved", message: count === 0 ? t("peoplePage.noTokenLeft") : revokedTokensSentence(t, count) };
  });
  revalidatePath("/settings/people");
  return state;
}
