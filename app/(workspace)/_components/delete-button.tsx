"use client";
import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-class";
import { useFormText } from "@/app/_components/form-message";
import type { FormState } from "@/app/_components/form-state";

/**
 * A delete button that asks for confirmation in an accessible dialog, then runs `action`.
 * A refusal (say, the object is already gone or the user may not delete it) is shown in the dialog.
 */
export function DeleteButton({
  label,
  title,
  description,
  action,
}: {
  label: string;
  title: ReactNode;
  description: string;
  action: () => Promise<FormState | void>;
}) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const t = useTranslations("Investigations.deleteButton");
  const errorText = useFormText(error);
  return (
    <AlertDialog.Root onOpenChange={() => setError(undefined)}>
      <AlertDialog.Trigger className={buttonClass("secondary", "text-red-700")}>{label}</AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 bg-stone-900/40" />
        <AlertDialog.Content className="fixed left-1/2 top-1/2 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-stone-600">{description}</AlertDialog.Description>
          {errorText ? (
            <p role="alert" className="mt-3 text-sm font-medium text-red-700">
              {errorText}
            </p>
          ) : null}
          <div className="mt-6 flex justify-end gap-2">
            <AlertDialog.Cancel className={buttonClass("secondary")}>{t("cancel")}</AlertDialog.Cancel>
            <button
              type="button"
              disabled={isPending}
              className={buttonClass("danger")}
              onClick={() =>
                startTransition(async () => {
                  const result = await action();
                  if (result && result.status !== "saved") setError(result.message);
                })
              }
            >
              {isPending ? t("deleting") : t("delete")}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
