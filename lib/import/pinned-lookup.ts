import type { LookupFunction } from "node:net";
import type { ResolvedAddress } from "./resolve-host";

/**
 * A `lookup` for `http.request` / `net.connect` that ignores the hostname it is asked about
 * and answers with addresses that were already resolved and checked. Passing it pins the
 * connection to those addresses, so a DNS answer that changes between the check and the
 * connect (DNS rebinding) has no effect. Supports both callback shapes Node uses
 * (`all: true` for Happy Eyeballs, and single-address) and honours a requested family;
 * when no address of that family exists it fails with ENOTFOUND.
 */
export function pinnedLookup(addresses: readonly ResolvedAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const family = options.family === "IPv4" ? 4 : options.family === "IPv6" ? 6 : options.family;
    const usable = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : [...addresses];
    const first = usable[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error(`No pinned address for ${hostname}`);
      error.code = "ENOTFOUND";
      callback(error, "", 0);
      return;
    }
    if (options.all) callback(null, usable);
    else callback(null, first.address, first.family);
  };
}
