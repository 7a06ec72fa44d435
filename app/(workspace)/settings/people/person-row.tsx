"use client";
import { useTranslations } from "next-intl";
import { useActionState, useTransition, useState } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { FieldError, useFieldIds } from "@/app/_components/field-parts";
import { useDefaultSelection } from "@/app/_components/select-field";
import { idleFormState } from "@/app/_components/form-state";
import type { PersonApiTokenSummary } from "@/db/queries/api-tokens";
import type { UserSummary } from "@/db/queries/users";
import { roles } from "@/lib/roles";
import { resetPasswordAction, setDisabledAction, setRoleAction } from "./actions";
import { PersonTokens } from "./person-tokens";

/**
 * One account: its role (changed on selection), its API tokens, a password reset and a
 * disable/enable switch. A reset or a disable also revokes the tokens, and says so. Admins
 * cannot change themselves here.
 */
export function PersonRow({ person, isSelf, tokens }: { person: UserSummary; isSelf: boolean; tokens: PersonApiTokenSummary[] }) {
  const [roleState, roleAction] = useActionState(setRoleAction.bind(null, person.id), idleFormState);
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const [outcome, setOutcome] = useState<string>();
  const run = (action: () => Promise<{ status: string; message?: string }>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.status === "saved" ? undefined : result.message);
      setOutcome(result.status === "saved" ? result.message : undefined);
    });
  const roleError = roleState.status !== "saved" && roleState.status !== "idle" ? (roleState.fieldErrors?.role ?? roleState.message) : undefined;
  const roleIds = useFieldIds({ error: roleError });
  const roleSelect = useDefaultSelection(person.role);
  const t = useTranslations("Settings.peoplePage");
  const common = useTranslations("Common");
  return (
    <tr>
      <td className="px-4 py-3">
        <div className="font-medium text-stone-900">
          <bdi>{person.name}</bdi>
        </div>
        <div className="text-stone-500">{person.email}</div>
      </td>
      <td className="px-4 py-3">
        {isSelf ? (
          <span>{t("roleOfSelf", { role: common(`roles.${person.role}`) })}</span>
        ) : (
          <form action={roleAction}>
            <label className="sr-only" htmlFor={roleIds.control.id}>
              {t("roleOf", { email: person.email })}
            </label>
            <select
              ref={roleSelect}
              {...roleIds.control}
              name="role"
              defaultValue={person.role}
              onChange={(event) => event.currentTarget.form?.requestSubmit()}
              className="rounded-md border border-stone-300 bg-white px-2 py-1"
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {common(`roles.${role}`)}
                </option>
              ))}
            </select>
          </form>
        )}
        {/* Announced when it appears: the role is saved as soon as it is chosen. */}
        <div role="alert">
          <FieldError id={roleIds.errorId} error={roleError ?? message} className="mt-1 text-xs" />
        </div>
      </td>
      <td className="px-4 py-3">
        {person.isDisabled ? (
          <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">{t("disabled")}</span>
        ) : (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">{t("active")}</span>
        )}
      </td>
      <td className="px-4 py-3">
        {isSelf ? <span className="text-stone-500">{t("ownTokensElsewhere")}</span> : <PersonTokens person={person} tokens={tokens} />}
      </td>
      <td className="px-4 py-3 text-right">
        {isSelf ? null : (
          <div className="flex flex-wrap justify-end gap-2">
            <button
              type="button"
              disabled={isPending}
              aria-label={t("resetPasswordOf", { email: person.email })}
              className={buttonClass("secondary", "px-2.5 py-1 text-xs")}
              onClick={() => run(() => resetPasswordAction(person.id))}
            >
              {t("resetPassword")}
            </button>
            <button
              type="button"
              disabled={isPending}
              aria-label={t(person.isDisabled ? "enableNamed" : "disableNamed", { email: person.email })}
              className={buttonClass("secondary", "px-2.5 py-1 text-xs")}
              onClick={() => run(() => setDisabledAction(person.id, !person.isDisabled))}
            >
              {person.isDisabled ? t("enable") : t("disable")}
            </button>
          </div>
        )}
        <p role="status" data-testid={`outcome-${person.email}`} className="mt-1 max-w-md text-left text-xs text-stone-700">
          {outcome}
        </p>
      </td>
    </tr>
  );
}
