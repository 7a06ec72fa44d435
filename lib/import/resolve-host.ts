import { promises as dns } from "node:dns";
import { isPublicUnicast } from "./address-policy";
import type { CheckedUrl } from "./check-url";
import { refusals } from "./refusals";

/** One resolved address, as `dns.lookup(…, { all: true })` returns it. */
export type ResolvedAddress = { address: string; family: 4 | 6 };

/** Resolves a hostname to all its addresses; rejects when the name does not resolve. */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

/** The system resolver (`dns.promises.lookup` with `all: true`, in the resolver's order). */
export const systemLookup: HostLookup = async (hostname) => {
  const found = await dns.lookup(hostname, { all: true, verbatim: true });
  return found.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

/**
 * The addresses a checked URL may be connected to. An IP host is its own single address
 * (already checked by `checkUrl`). A hostname is resolved once with `lookup`; if ANY of its
 * addresses is not public unicast the whole host is refused ("private-address"), since a
 * later connection could pick that one. Allow-listed (`trusted`) hosts skip that check.
 * Throws "dns" when the name does not resolve or resolves to nothing. The caller must
 * connect only to the returned addresses (see `pinnedLookup`), never resolve again.
 */
export async function resolveHost(checked: CheckedUrl, lookup: HostLookup): Promise<ResolvedAddress[]> {
  if (checked.isAddress) return [{ address: checked.host, family: checked.host.includes(":") ? 6 : 4 }];
  let addresses: ResolvedAddress[];
  try {
    addresses = await lookup(checked.host);
  } catch (cause) {
    throw refusals.dns(checked.host, cause);
  }
  if (addresses.length === 0) throw refusals.dns(checked.host);
  if (!checked.trusted && !addresses.every(({ address }) => isPublicUnicast(address))) {
    throw refusals.privateAddress();
  }
  return addresses;
}
