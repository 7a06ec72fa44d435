import { ImportError } from "./import-error";

/**
 * Every refusal `safeFetch` and `fileToText` can throw, with its message for the person at
 * the import form, in one place so the wording stays consistent. Each function returns (does
 * not throw) a fresh `ImportError`. Address refusals all begin "This address can't be
 * fetched" and never say which internal address or range was hit beyond "private network".
 */
export const refusals = {
  invalidUrl: (cause?: unknown) => new ImportError("invalid-url", "That doesn't look like a web address. Check it and try again.", { cause }),
  invalidRedirect: (cause?: unknown) =>
    new ImportError("invalid-url", "The page sent us on to an address that isn't valid, so it can't be fetched.", {
      cause,
    }),
  scheme: () => new ImportError("scheme", "This address can't be fetched: only http:// and https:// addresses are supported."),
  port: () => new ImportError("port", "This address can't be fetched: only the standard web ports (80 and 443) are allowed."),
  credentials: () => new ImportError("credentials", "This address can't be fetched: it contains a user name or password. Remove them and try again."),
  privateAddress: () => new ImportError("private-address", "This address can't be fetched: it is on a private network."),
  // A name that does not resolve may be misspelt or the resolver may be down for a moment:
  // say what failed (the name lookup), not only "typo".
  dns: (hostname: string, cause?: unknown) =>
    new ImportError("dns", `The name ${hostname} could not be found (DNS). Check the address, or try again later.`, { cause }),
  timeout: (timeoutMs: number) => new ImportError("timeout", `The page took longer than ${formatSeconds(timeoutMs)} to answer.`),
  tooLarge: (maxBytes: number) => new ImportError("too-large", `The page is larger than ${formatBytes(maxBytes)}.`),
  contentType: (sent: string | null) =>
    new ImportError(
      "content-type",
      sent ? `That address does not serve a web page (it sent ${sent}).` : "That address does not serve a web page (it didn't say what it sent).",
    ),
  contentEncoding: (encoding: string) => new ImportError("content-type", `That address sent the page in a form we can't read (${encoding}).`),
  httpStatus: (status: number) => new ImportError("http-status", `The site answered with an error (HTTP ${status}) instead of the page.`),
  tooManyRedirects: (maxRedirects: number) =>
    new ImportError("too-many-redirects", `The address sent us on more than ${maxRedirects} time${maxRedirects === 1 ? "" : "s"}, so we stopped following it.`),
  network: (cause?: unknown) => new ImportError("network", "We couldn't connect to the site. Check the address or try again later.", { cause }),
  fileType: () => new ImportError("file-type", "Upload a .txt, .md or .html file."),
};

/** "10 seconds", "1 second", "0.3 seconds". */
export function formatSeconds(ms: number): string {
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}

/** "5 MB" for 5 MiB, "512 KB", "900 bytes": binary multiples, named the way people say them. */
export function formatBytes(bytes: number): string {
  const MiB = 1024 * 1024;
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${bytes} bytes`;
}
