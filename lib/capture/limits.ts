/**
 * The bounds of one capture. `timeoutMs` covers the whole capture (browser start excepted:
 * see capture-page.ts); `maxBytes` counts every byte fetched for it (all resources, after
 * decompression); `allowHosts` are the hosts URL import may reach although private
 * (IMPORT_ALLOW_HOSTS; see lib/import/allow-hosts.ts). Never fill allowHosts from user input.
 */
export type CaptureLimits = { timeoutMs: number; maxBytes: number; allowHosts: readonly string[] };

/** CAPTURE_TIMEOUT_MS and CAPTURE_MAX_BYTES when unset. */
export const CAPTURE_DEFAULTS = { timeoutMs: 30_000, maxBytes: 25 * 1024 * 1024 } as const satisfies Omit<CaptureLimits, "allowHosts">;
