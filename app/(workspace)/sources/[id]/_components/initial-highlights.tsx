import { headers } from "next/headers";
import type { HighlightLayers } from "@/lib/reader/highlight-layers";
import { jsonForScriptTag } from "@/lib/script-safe-json";
import { paintHighlights } from "./paint-highlights";

/**
 * An inline script, placed right after the reader's text, that paints the highlights as
 * soon as the text is parsed, so a long source shows its claims at first paint rather than
 * after hydration. It carries the request's CSP nonce; the data is JSON (escaped for HTML).
 */
export async function InitialHighlights({ rootId, layers }: { rootId: string; layers: HighlightLayers }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  const data = jsonForScriptTag({ rootId, layers });
  const script = `(function(){var d=${data};var n=(${paintHighlights.toString()})(d.rootId,d.layers);performance.mark("corroborate:highlights-drawn",{detail:{ranges:n,by:"inline"}});})();`;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: script }} />;
}
