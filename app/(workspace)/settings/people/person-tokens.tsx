"use client";
import { useState, useTransition } from "react";
import { buttonClass } from "@/app/_components/button-class";
import type { PersonApiTokenSummary } from "@/db/queries/api-tokens";
import { formatDateTime } from "../../_components/format";
import { revokePersonTokensAction } from "./actions";

/**
 * Another person's API tokens, for an admin: name, created, last used and status (never the
 * token), with Revoke for each active one and Revoke all. The outcome is announced.
 */
export function PersonTokens({ person, tokens }: { person: { id: string; email: string }; tokens: PersonApiTokenSummary[] }) {
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<string>();
  const active = tokens.filter((token) => !token.isRevoked);
  const revoke = (tokenId: string | null) =>
    startTransition(async () => {
      const result = await revokePersonTokensAction(person.id, tokenId);
      setMessage(result.message);
    });
  if (tokens.length === 0) return <span className="text-stone-500">None</span>;
  return (
    <details>
      <summary className="cursor-pointer text-stone-700">
        {active.length} active of {tokens.length}
        <span className="sr-only"> API tokens of {person.email}</span>
      </summary>
      <ul aria-label={`API tokens of ${person.email}`} className="mt-2 space-y-2">
        {tokens.map((token) => (
          <li key={token.id} className="flex flex-wrap items-center gap-2 text-xs">
            <span className="font-medium text-stone-900">
              <bdi>{token.name}</bdi>
            </span>
            <span className="text-stone-500">
              created {formatDateTime(token.createdAt)} · {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : "never used"}
            </span>
            {token.isRevoked ? (
              <span className="rounded-full bg-stone-200 px-2 py-0.5 font-medium text-stone-700">Revoked</span>
            ) : (
              <button
                type="button"
                disabled={isPending}
                aria-label={`Revoke ${token.name} of ${person.email}`}
                className={buttonClass("secondary", "px-2 py-0.5 text-xs text-red-700")}
                onClick={() => revoke(token.id)}
              >
                Revoke
              </button>
            )}
          </li>
        ))}
      </ul>
      {active.length > 1 ? (
        <button
          type="button"
          disabled={isPending}
          aria-label={`Revoke all API tokens of ${person.email}`}
          className={buttonClass("secondary", "mt-2 px-2 py-0.5 text-xs text-red-700")}
          onClick={() => revoke(null)}
        >
          Revoke all
        </button>
      ) : null}
      <p role="status" className="mt-1 text-xs text-stone-700">
        {message}
      </p>
    </details>
  );
}
