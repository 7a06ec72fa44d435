import { describe, expect, it } from "vitest";
import { addressKeyOf, describeWait, SignInThrottle, signInLimits } from "./sign-in-throttle";

const second = 1000;
const minute = 60 * second;

/** Fails `count` times on `account` from `address`, one attempt every `gap` ms, each waiting out any delay first. */
function failRepeatedly(throttle: SignInThrottle, account: string, address: string, count: number, start = 0, gap = 0) {
  let now = start;
  for (let i = 0; i < count; i++) {
    let decision = throttle.check(account, address, now);
    while (!decision.allowed) {
      now += decision.retryAfterSeconds * second;
      decision = throttle.check(account, address, now);
    }
    throttle.recordFailure(account, address, now);
    now += gap;
  }
  return now;
}

describe("sign-in throttling per account", () => {
  it("lets five failures through, then makes each attempt wait 2, 4, 8, 16, then at most 30 seconds", () => {
    const throttle = new SignInThrottle();
    const waits: number[] = [];
    let now = 0;
    for (let attempt = 0; attempt < 12; attempt++) {
      const address = `198.51.100.${attempt}`; // a new address each time: only the account counts
      const decision = throttle.check("ana@newsroom.example", address, now);
      waits.push(decision.allowed ? 0 : decision.retryAfterSeconds);
      if (!decision.allowed) now += decision.retryAfterSeconds * second;
      expect(throttle.check("ana@newsroom.example", address, now)).toEqual({ allowed: true });
      throttle.recordFailure("ana@newsroom.example", address, now);
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 2, 4, 8, 16, 30, 30, 30]);
  });

  it("never locks the account: after any number of failures, the password is tried at most 30 s after the last one, from any address not itself throttled", () => {
    const throttle = new SignInThrottle();
    let now = 0;
    for (let round = 0; round < 40; round++) now = failRepeatedly(throttle, "ana@newsroom.example", `203.0.113.${round}`, 3, now, 500);
    expect(throttle.check("ana@newsroom.example", "192.0.2.1", now + 30 * second)).toEqual({ allowed: true });
    const blocked = throttle.check("ana@newsroom.example", "192.0.2.1", now);
    expect(blocked).toMatchObject({ allowed: false, scope: "account" });
    expect(blocked.allowed === false && blocked.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it("forgets failures older than 15 minutes, and a success clears the account's failures", () => {
    const throttle = new SignInThrottle();
    const end = failRepeatedly(throttle, "ana@newsroom.example", "198.51.100.1", 6);
    expect(throttle.check("ana@newsroom.example", "198.51.100.2", end).allowed).toBe(false);
    expect(throttle.check("ana@newsroom.example", "198.51.100.2", end + 15 * minute)).toEqual({ allowed: true });

    const other = new SignInThrottle();
    const at = failRepeatedly(other, "bo@newsroom.example", "198.51.100.1", 5);
    other.recordFailure("bo@newsroom.example", "198.51.100.9", at);
    other.recordSuccess("bo@newsroom.example", "198.51.100.9", at);
    expect(other.check("bo@newsroom.example", "198.51.100.9", at)).toEqual({ allowed: true });
  });

  it("counts an unknown email exactly like a real one", () => {
    const throttle = new SignInThrottle();
    const known = failRepeatedly(throttle, "ana@newsroom.example", "198.51.100.1", 6);
    const unknown = failRepeatedly(throttle, "nobody@newsroom.example", "198.51.100.2", 6);
    expect(throttle.check("nobody@newsroom.example", "198.51.100.3", unknown)).toEqual(throttle.check("ana@newsroom.example", "198.51.100.3", known));
  });

  it("treats the email as sign-in does: trimmed and in lower case", () => {
    const throttle = new SignInThrottle();
    const end = failRepeatedly(throttle, "Ana@Newsroom.example ", "198.51.100.1", 6);
    expect(throttle.check("ana@newsroom.example", "198.51.100.2", end).allowed).toBe(false);
  });
});

describe("sign-in throttling per client address", () => {
  it("refuses an address after 10 failures in 15 minutes, across accounts, until the oldest is 15 minutes old", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 10; i++) throttle.recordFailure(`guess-${i}@newsroom.example`, "198.51.100.7", i * minute);
    const refused = throttle.check("ana@newsroom.example", "198.51.100.7", 10 * minute);
    expect(refused).toEqual({ allowed: false, scope: "address", retryAfterSeconds: 5 * 60 });
    expect(throttle.check("ana@newsroom.example", "198.51.100.8", 10 * minute)).toEqual({ allowed: true });
    expect(throttle.check("ana@newsroom.example", "198.51.100.7", 15 * minute)).toEqual({ allowed: true });
  });

  it("keeps counting an address's failures when one of its sign-ins succeeds (only that attempt is taken back)", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 9; i++) throttle.recordFailure(`guess-${i}@newsroom.example`, "198.51.100.7", i);
    throttle.recordFailure("mine@newsroom.example", "198.51.100.7", 100);
    throttle.recordSuccess("mine@newsroom.example", "198.51.100.7", 100);
    expect(throttle.check("x@newsroom.example", "198.51.100.7", 200)).toEqual({ allowed: true });
    throttle.recordFailure("guess-9@newsroom.example", "198.51.100.7", 300);
    expect(throttle.check("x@newsroom.example", "198.51.100.7", 400)).toMatchObject({ allowed: false, scope: "address" });
  });

  it("knows one client by one key: IPv4-mapped IPv6 as IPv4, IPv6 by its /64", () => {
    expect(addressKeyOf("::ffff:127.0.0.2")).toBe("127.0.0.2");
    expect(addressKeyOf("2001:db8:1:2:aaaa::1")).toBe(addressKeyOf("2001:db8:1:2:bbbb::2"));
    expect(addressKeyOf("2001:db8:1:3::1")).not.toBe(addressKeyOf("2001:db8:1:2::1"));
    expect(addressKeyOf("")).toBe("unknown");
    const throttle = new SignInThrottle();
    for (let i = 0; i < 10; i++) throttle.recordFailure(`guess-${i}@x.example`, `2001:db8:1:2::${i + 1}`, 0);
    expect(throttle.check("ana@x.example", "2001:db8:1:2:ffff::1", 1)).toMatchObject({ allowed: false, scope: "address" });
  });
});

describe("sign-in throttling's memory", () => {
  it("stays bounded however many emails and addresses are tried", () => {
    const throttle = new SignInThrottle({ ...signInLimits, maxKeys: 100 });
    for (let i = 0; i < 5_000; i++) throttle.recordFailure(`spray-${i}@x.example`, `10.${i >> 16}.${(i >> 8) & 255}.${i & 255}`, i);
    expect(throttle.size.accounts).toBeLessThanOrEqual(100);
    expect(throttle.size.addresses).toBeLessThanOrEqual(100);
  });
});

describe("the wait in the message", () => {
  it("reads as seconds, then minutes", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(300)).toBe("5 minutes");
  });
});
