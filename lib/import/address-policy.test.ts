import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressRange, isPublicUnicast } from "./address-policy";

describe("isPublicUnicast", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.0.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["100.64.0.1", "carrierGradeNat"],
    ["198.18.0.1", "reserved"],
    ["198.19.255.255", "reserved"],
    ["192.0.2.1", "reserved"],
    ["240.0.0.1", "reserved"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd00::1", "uniqueLocal"],
    ["fc00::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["::ffff:10.0.0.1", "private"],
    ["64:ff9b::7f00:1", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["2001:db8::1", "reserved"],
  ])("refuses %s (%s)", (ip, range) => {
    expect(addressRange(ip)).toBe(range);
    expect(isPublicUnicast(ip)).toBe(false);
  });

  it.each(["93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e"])(
    "accepts the public address %s",
    (ip) => {
      expect(isPublicUnicast(ip)).toBe(true);
    },
  );

  it("refuses IPv6 outside global unicast 2000::/3 even when ipaddr.js calls it unicast", () => {
    expect(addressRange("::ffff:8.8.8.8")).toBe("unicast");
    expect(isPublicUnicast("::ffff:8.8.8.8")).toBe(false);
    expect(addressRange("::7f00:1")).toBe("unicast");
    expect(isPublicUnicast("::7f00:1")).toBe(false);
    expect(isPublicUnicast("4000::1")).toBe(false);
  });

  it.each(["127.1", "0x7f000001", "2130706433", "0177.0.0.1", "localhost", "", "1.2.3.4.5", "[::1]", "fe80::1%eth0"])(
    "treats the non-canonical form %j as invalid",
    (text) => {
      expect(addressRange(text)).toBe("invalid");
      expect(isPublicUnicast(text)).toBe(false);
    },
  );

  const octet = fc.integer({ min: 0, max: 255 });
  const inRange = (first: fc.Arbitrary<number[]>) => fc.tuple(first, octet, octet).map(([prefix, c, d]) => [...prefix, c, d].slice(0, 4).join("."));

  it("refuses every address in the private, loopback, link-local, CGNAT and benchmarking blocks, and their IPv4-mapped forms", () => {
    const blocked = fc.oneof(
      inRange(fc.tuple(fc.constant(10), octet).map((a) => a)),
      inRange(fc.tuple(fc.constant(127), octet).map((a) => a)),
      inRange(fc.tuple(fc.constant(172), fc.integer({ min: 16, max: 31 })).map((a) => a)),
      inRange(fc.tuple(fc.constant(192), fc.constant(168)).map((a) => a)),
      inRange(fc.tuple(fc.constant(169), fc.constant(254)).map((a) => a)),
      inRange(fc.tuple(fc.constant(100), fc.integer({ min: 64, max: 127 })).map((a) => a)),
      inRange(fc.tuple(fc.constant(198), fc.integer({ min: 18, max: 19 })).map((a) => a)),
      inRange(fc.tuple(fc.constant(0), octet).map((a) => a)),
    );
    fc.assert(
      fc.property(blocked, (ip) => {
        expect(isPublicUnicast(ip)).toBe(false);
        expect(isPublicUnicast(`::ffff:${ip}`)).toBe(false);
      }),
    );
  });
});
