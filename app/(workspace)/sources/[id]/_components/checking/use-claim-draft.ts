"use client";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import type { FormState } from "@/app/_components/form-state";
import { differsFromSaved, draftAfterSave, draftKey, parseDraft, restoreDecision, type ClaimDraft, type DraftScope } from "@/lib/checking/claim-drafts";

/**
 * Keeps one checking form's draft in localStorage (rules: lib/checking/claim-drafts.ts).
 * The form passes `onChange` to its <form>, remounts on `generation` (so a restored or
 * discarded draft shows in its uncontrolled fields), reads `restored` values before the
 * saved ones, and calls `afterSave` with each save's outcome. `saved` names the fields kept
 * and their saved values; `basedOn` is the version the form is based on now, kept with the
 * draft and handed back through `onRestore` so a restored draft saves against it.
 * While the form differs from what is saved, leaving the page asks first.
 */
export function useClaimDraft({
  scope,
  saved,
  basedOn,
  onRestore,
}: {
  scope: DraftScope;
  saved: Record<string, string>;
  basedOn: string | null;
  onRestore?: (draft: ClaimDraft) => void;
}) {
  const key = draftKey(scope);
  const [restored, setRestored] = useState<ClaimDraft | null>(null);
  const [generation, setGeneration] = useState(0);
  const [isDirty, setDirty] = useState(false);
  const latest = useRef({ saved, basedOn, onRestore });
  // Declared first, so the restoring effect below reads this render's values.
  useEffect(() => {
    latest.current = { saved, basedOn, onRestore };
  });

  useEffect(() => {
    const draft = parseDraft(readStorage(key));
    const decision = restoreDecision(draft, latest.current.saved);
    if (decision === "drop") removeStorage(key);
    if (decision !== "restore" || !draft) return;
    setRestored(draft);
    setDirty(true);
    setGeneration((n) => n + 1);
    latest.current.onRestore?.(draft);
  }, [key]);

  const t = useTranslations("Checking.draft");
  useLeaveWarning(isDirty, t("leave"));

  const onChange = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const data = new FormData(event.currentTarget);
      const values = Object.fromEntries(Object.keys(latest.current.saved).map((field) => [field, String(data.get(field) ?? "")]));
      const differs = differsFromSaved(values, latest.current.saved);
      setDirty(differs);
      if (!differs) return removeStorage(key);
      const draft: ClaimDraft = { values, basedOn: latest.current.basedOn, writtenAt: new Date().toISOString() };
      writeStorage(key, JSON.stringify(draft));
    },
    [key],
  );

  const afterSave = useCallback(
    (status: FormState["status"]) => {
      if (draftAfterSave(status) !== "clear") return;
      removeStorage(key);
      setRestored(null);
      setDirty(false);
    },
    [key],
  );

  const discard = useCallback(() => {
    removeStorage(key);
    setRestored(null);
    setDirty(false);
    setGeneration((n) => n + 1);
  }, [key]);

  return { restored, generation, isDirty, onChange, afterSave, discard };
}

/**
 * Asks before the page is left while `active`: the browser's own prompt on reload, close
 * or typing an address (beforeunload), and a confirm on links to another page of the app.
 * Links within this page (another claim of the same source) do not ask: the draft stays.
 */
function useLeaveWarning(active: boolean, question: string) {
  useEffect(() => {
    if (!active) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || to.pathname === window.location.pathname) return;
      if (window.confirm(question)) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [active, question]);
}

// Storage may be unavailable (private modes, quota): drafts are then simply not kept.
function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function writeStorage(key: string, value: string) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not kept; the form still holds what was typed.
  }
}
function removeStorage(key: string) {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to remove.
  }
}
