"use client";
import { useEffect, useState } from "react";
import type { Suggestion } from "@/lib/suggestions";

/** Why there are no suggestions: the server's refusal (its message), a newer version saved meanwhile, or a failure to load. */
export type UnavailableReason = { kind: "refused"; message: string } | { kind: "outdated" } | { kind: "failed"; detail?: string };
export type SuggestionsState = { status: "finding" } | { status: "found"; suggestions: Suggestion[] } | { status: "unavailable"; reason: UnavailableReason };

const noSuggestions: Suggestion[] = [];
/** Retries while the server says it is busy (503 with Retry-After), then gives up with its message. */
const maxBusyRetries = 6;

/**
 * The suggestions of the version shown, fetched after hydration from the reader's route
 * (`GET /api/sources/{id}/suggestions`): finding them in a long source takes seconds, and the
 * text and claims are usable meanwhile. Only for the current version (`enabled`); earlier
 * versions are read-only and get none. A version that is no longer current, a failure or a
 * refusal ends as "unavailable" with its reason, which SuggestionsStatus words.
 */
export function useVersionSuggestions(sourceId: string, sourceVersionId: string, enabled: boolean): { state: SuggestionsState; suggestions: Suggestion[] } {
  const [state, setState] = useState<SuggestionsState>(enabled ? { status: "finding" } : { status: "found", suggestions: noSuggestions });
  useEffect(() => {
    if (!enabled) return;
    const abort = new AbortController();
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    const load = async (busyRetries: number): Promise<void> => {
      const response = await fetch(`/api/sources/${encodeURIComponent(sourceId)}/suggestions`, { signal: abort.signal, cache: "no-store" });
      const body = (await response.json().catch(() => null)) as { sourceVersionId?: string; suggestions?: Suggestion[]; error?: { message?: string } } | null;
      const retryAfter = Number(response.headers.get("retry-after"));
      if (response.status === 503 && retryAfter > 0 && busyRetries < maxBusyRetries) {
        retryTimer = setTimeout(() => void load(busyRetries + 1).catch(fail), retryAfter * 1000);
      } else if (!response.ok || !body?.suggestions) {
        setState({ status: "unavailable", reason: body?.error?.message ? { kind: "refused", message: body.error.message } : { kind: "failed" } });
      } else if (body.sourceVersionId !== sourceVersionId) {
        setState({ status: "unavailable", reason: { kind: "outdated" } });
      } else {
        setState({ status: "found", suggestions: body.suggestions });
      }
    };
    const fail = (error: unknown) => {
      if (!abort.signal.aborted)
        setState({ status: "unavailable", reason: { kind: "failed", detail: error instanceof Error ? error.message : String(error) } });
    };
    load(0).catch(fail);
    return () => {
      abort.abort();
      clearTimeout(retryTimer);
    };
  }, [sourceId, sourceVersionId, enabled]);
  return { state, suggestions: state.status === "found" ? state.suggestions : noSuggestions };
}
