"use client";
import { useActionState, useTransition, useState } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { FieldError, useFieldIds } from "@/app/_components/field-parts";
import { useDefaultSelection } from "@/app/_components/select-field";
import { idleFormState } from "@/app/_server/form-state";
import type { UserSummary } from "@/db/queries/users";
import { roleLabels, roles } from "@/lib/roles";
import { setDisabledAction, setRoleAction } from "./actions";

/** One account: its role (changed on selection) and a disable/enable switch. Admins cannot change themselves. */
export function PersonRow({ person, isSelf }: { person: UserSummary; isSelf: boolean }) {
  const [roleState, roleAction] = useActionState(setRoleAction.bind(null, person.id), idleFormState);
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const roleError = roleState.status !== "saved" && roleState.status !== "idle" ? (roleState.fieldErrors?.role ?? roleState.message) : undefined;
  const roleIds = useFieldIds({ error: roleError });
  const roleSelect = useDefaultSelection(person.role);
  return (
    <tr>
      <td className="px-4 py-3">
        <div className="font-medium text-stone-900"><bdi>{person.name}</bdi></div>
        <div className="text-stone-500">{person.email}</div>
      </td>
      <td className="px-4 py-3">
        {isSelf ? (
          <span>{roleLabels[person.role]} (you)</span>
        ) : (
          <form action={roleAction}>
            <label className="sr-only" htmlFor={roleIds.control.id}>
              Role of {person.email}
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
                  {roleLabels[role]}
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
        {person.isDisabled ? <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">Disabled</span> : <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-medium text-emerald-800">Active</span>}
      </td>
      <td className="px-4 py-3 text-right">
        {isSelf ? null : (
          <button
            type="button"
            disabled={isPending}
            aria-label={`${person.isDisabled ? "Enable" : "Disable"} ${person.email}`}
            className={buttonClass("secondary", "px-2.5 py-1 text-xs")}
            onClick={() =>
              startTransition(async () => {
                const result = await setDisabledAction(person.id, !person.isDisabled);
                setMessage(result.status === "saved" ? undefined : result.message);
              })
            }
          >
            {person.isDisabled ? "Enable" : "Disable"}
          </button>
        )}
      </td>
    </tr>
  );
}
