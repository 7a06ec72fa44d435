"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/button-class";
import type { LanguageOptions } from "@/lib/languages";
import { SourceDetailsForm, type SourceDetailsValues } from "./source-details-form";

/**
 * The source page's header: its details (rendered by the page) and its buttons. Whoever may
 * edit the details gets "Edit details" beside "Edit text", which swaps the details for a
 * form in place; focus moves to the form's first field and back to the button when it closes.
 */
export function SourceHeader({
  sourceId,
  values,
  languageOptions,
  canEditDetails,
  details,
  actions,
  trailing,
}: {
  sourceId: string;
  values: SourceDetailsValues;
  /** The language select's choices, named in the reader's language (built on the server). */
  languageOptions: LanguageOptions;
  canEditDetails: boolean;
  details: React.ReactNode;
  actions: React.ReactNode;
  trailing: React.ReactNode;
}) {
  const t = useTranslations("Reader");
  const [isEditing, setIsEditing] = useState(false);
  const [hasEdited, setHasEdited] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!isEditing && hasEdited) editButton.current?.focus();
  }, [isEditing, hasEdited]);
  const close = () => {
    setHasEdited(true);
    setIsEditing(false);
  };
  return (
    <header className="flex flex-wrap items-start justify-between gap-4 border-b border-stone-200 pb-6">
      <div className="max-w-2xl flex-1">
        {isEditing ? (
          <>
            {/* The page keeps its heading while the details are being edited. */}
            <h1 className="sr-only">{values.title}</h1>
            <SourceDetailsForm sourceId={sourceId} values={values} languageOptions={languageOptions} onClose={close} />
          </>
        ) : (
          details
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {actions}
        {canEditDetails && !isEditing ? (
          <button ref={editButton} type="button" className={buttonClass("secondary")} onClick={() => setIsEditing(true)}>
            {t("editDetails")}
          </button>
        ) : null}
        {trailing}
      </div>
    </header>
  );
}
