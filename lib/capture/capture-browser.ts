import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";
import { env } from "../env";
import { browserUnavailable } from "./failures";

/**
 * Chromium's flags for capturing. Every request a page makes is served by the capture's
 * route (capture-router.ts); these make sure that anything that is NOT routed cannot reach
 * the network at all (defence in depth): no name or address resolves (`MAP * ~NOTFOUND`
 * applies to IP literals and localhost too, so preconnect, DNS prefetch, a worker's fetch
 * or a redirect Chromium followed itself all fail), no proxy (a proxy would resolve names
 * for Chromium), no QUIC, no background traffic of Chromium's own.
 */
export const CAPTURE_BROWSER_ARGS = [
  "--host-resolver-rules=MAP * ~NOTFOUND",
  "--no-proxy-server",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-domain-reliability",
  "--disable-sync",
  "--no-pings",
  "--disable-dev-shm-usage",
];

let current: Promise<Browser> | null = null;
/** The browser `current` resolved to, so that only its own disconnection clears `current`. */
let launched: Browser | null = null;

/**
 * The one capturing browser of this process, launched on first use and again after it
 * disconnected (crashed or closed). Chromium is the one at CHROMIUM_PATH, as for PDF export;
 * missing or failing to start → CaptureError "browser-unavailable". `--no-sandbox` only when
 * running as root, where Chromium refuses its sandbox.
 */
export function captureBrowser(): Promise<Browser> {
  current ??= launch();
  return current;
}

async function launch(): Promise<Browser> {
  const executablePath = env.chromiumPath;
  try {
    if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}`);
    const runsAsRoot = process.getuid?.() === 0;
    const browser = await chromium.launch({ executablePath, args: [...CAPTURE_BROWSER_ARGS, ...(runsAsRoot ? ["--no-sandbox"] : [])] });
    browser.on("disconnected", () => {
      if (launched === browser) current = null;
    });
    launched = browser;
    return browser;
  } catch (cause) {
    current = null;
    throw browserUnavailable(cause);
  }
}

/** Closes the capturing browser (at shutdown, and after tests); the next capture launches a new one. */
export async function shutdownCaptureBrowser(): Promise<void> {
  const pending = current;
  current = null;
  launched = null;
  if (!pending) return;
  const browser = await pending.catch(() => null);
  await browser?.close().catch(() => undefined);
}
