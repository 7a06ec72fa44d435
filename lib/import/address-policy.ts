import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/** IPv6 global unicast (2000::/3): the only IPv6 space that is routed on the public internet. */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

/**
 * The ipaddr.js range name of an IP address in canonical text form ("127.0.0.1", "::1"),
 * with IPv4-mapped IPv6 (`::ffff:127.0.0.1`) classified as the IPv4 address it maps to.
 * Returns "invalid" for anything that is not a canonical IPv4 or IPv6 address: the loose
 * numeric forms ("127.1", "0x7f000001", "2130706433") are never parsed here, and neither are
 * IPv6 zone ids ("fe80::1%eth0"). Callers get canonical text from the WHATWG URL parser or
 * from DNS.
 */
export function addressRange(ip: string): string {
  if (isIP(ip) === 0 || ip.includes("%")) return "invalid";
  let address = ipaddr.parse(ip);
  if (address.kind() === "ipv6") {
    const v6 = address as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) address = v6.toIPv4Address();
  }
  return address.range();
}

/**
 * True only for a public unicast address: ipaddr.js classifies it as "unicast" (so not
 * loopback, private, link-local incl. 169.254.169.254, unique-local, CGNAT, unspecified,
 * benchmarking, reserved, multicast, broadcast, NAT64, 6to4, Teredo …) and, for IPv6, it lies
 * in global unicast 2000::/3 — so IPv4-mapped addresses (`::ffff:a.b.c.d`) are refused even
 * when the IPv4 address is public; DNS does not hand them out. Everything else, including
 * malformed input, is refused: this is an allow-list of one class, not a block-list.
 */
export function isPublicUnicast(ip: string): boolean {
  if (addressRange(ip) !== "unicast") return false;
  const address = ipaddr.parse(ip);
  if (address.kind() === "ipv6") return (address as ipaddr.IPv6).match(GLOBAL_UNICAST_V6);
  return true;
}
