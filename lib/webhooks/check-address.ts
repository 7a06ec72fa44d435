import { checkUrl, type CheckedUrl } from "../import/check-url";
import { isImportError, type ImportError } from "../import/import-error";
import { resolveHost, systemLookup, type HostLookup, type ResolvedAddress } from "../import/resolve-host";

/**
 * The server-side request forgery guard of webhooks: the same one URL import uses
 * (lib/import), so a webhook cannot make the server POST to its own network. The address must
 * be http(s) on port 80 or 443, without a user name or password, and every address its host
 * resolves to must be public unicast — private, loopback, link-local (cloud metadata) and
 * reserved ranges are refused — unless the host is in IMPORT_ALLOW_HOSTS. It runs when a
 * webhook is added AND before each delivery (DNS may have changed since), and the delivery
 * connects only to the addresses checked here (no second lookup).
 */
export type CheckedWebhookAddress = { target: CheckedUrl; addresses: ResolvedAddress[] };

export async function checkWebhookAddress(url: string, allowHosts: readonly string[], lookup: HostLookup = systemLookup): Promise<CheckedWebhookAddress> {
  try {
    const target = checkUrl(url, allowHosts);
    return { target, addresses: await resolveHost(target, lookup) };
  } catch (error) {
    if (isImportError(error)) throw new WebhookAddressError(reworded(error), { cause: error });
    throw error;
  }
}

/** A refused webhook address, with a message that can be shown at the form's field. */
export class WebhookAddressError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WebhookAddressError";
  }
}

function reworded(error: ImportError): string {
  switch (error.code) {
    case "scheme":
      return "Webhooks can only be sent to http:// or https:// addresses.";
    case "port":
      return "Webhooks can only be sent to the standard web ports (80 and 443).";
    case "credentials":
      return "Remove the user name or password from the address; the request is signed instead.";
    case "private-address":
      return "Webhooks can't be sent to this address: it is on a private network.";
    case "dns":
    case "invalid-url":
      return error.message;
    default:
      return `Webhooks can't be sent to this address: ${error.message}`;
  }
}
