import type { Metadata } from "next";
import { requireActor } from "@/app/_server/current-actor";
import { listApiTokensByUser } from "@/db/queries/api-tokens";
import { formatDateTime } from "../../_components/format";
import { CreateTokenForm } from "./create-token-form";
import { RevokeTokenButton } from "./revoke-token-button";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const actor = await requireActor();
  const tokens = await listApiTokensByUser({ actor });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="mt-1 max-w-2xl text-sm text-stone-600">
          Personal tokens let scripts and integrations use the HTTP API as you, with your role. Send one as{" "}
          <code className="rounded bg-stone-100 px-1">Authorization: Bearer …</code>. Read the{" "}
          <a className="text-accent-700 underline" href="/api/docs">
            API reference
          </a>{" "}
          (its OpenAPI description is at{" "}
          <a className="text-accent-700 underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>
          ).
        </p>
      </div>
      <CreateTokenForm />
      {tokens.length === 0 ? (
        <p className="text-sm text-stone-500">You have no tokens yet.</p>
      ) : (
        <ul aria-label="Your tokens" className="divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm">
              <div>
                <div className="font-medium">
                  <bdi>{token.name}</bdi>
                </div>
                <div className="text-xs text-stone-500">
                  <code>{token.displayPrefix}…</code> · created {formatDateTime(token.createdAt)} ·{" "}
                  {token.lastUsedAt ? `last used ${formatDateTime(token.lastUsedAt)}` : "never used"}
                </div>
              </div>
              {token.isRevoked ? (
                <span className="rounded-full bg-stone-200 px-2 py-0.5 text-xs font-medium text-stone-700">Revoked</span>
              ) : (
                <RevokeTokenButton tokenId={token.id} name={token.name} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
