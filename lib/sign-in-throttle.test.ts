import { describe, expect, it } from "vitest";
import { accountKeyOf, addressKeyOf, checkSignIn, describeWait, withFailure, withSuccess, type SignInFailures } from "./sign-in-throttle";

const second = 1000;
const minute = 60 * second;
const none: SignInFailures = { address: [], account: [] };

/**
 * Fails `count` times on one account, one attempt every `gap` ms, each waiting out any delay
 * first; a new address for each attempt, so only the account counts. Returns the account's
 * failures and the time after the last.
 */
function failRepeatedly(account: readonly number[], count: number, start = 0, gap = 0) {
  let failures: SignInFailures = { address: [], account };
  let now = start;
  for (let i = 0; i < count; i++) {
    let decision = checkSignIn(failures, now);
    while (!decision.allowed) {
      now += decision.retryAfterSeconds * second;
      decision = checkSignIn(failures, now);
    }
    failures = { address: [], account: withFailure(failures, now).account };
    now += gap;
  }
  return { account: failures.account, now };
}

describe("sign-in throttling per account", () => {
  it("lets five failures through, then makes each attempt wait 2, 4, 8, 16, then at most 30 seconds", () => {
    let account: readonly number[] = [];
    const waits: number[] = [];
    let now = 0;
    for (let attempt = 0; attempt < 12; attempt++) {
      const decision = checkSignIn({ address: [], account }, now);
      waits.push(decision.allowed ? 0 : decision.retryAfterSeconds);
      if (!decision.allowed) now += decision.retryAfterSeconds * second;
      expect(checkSignIn({ address: [], account }, now)).toEqual({ allowed: true });
      account = withFailure({ address: [], account }, now).account;
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 2, 4, 8, 16, 30, 30, 30]);
  });

  it("never locks the account: after any number of failures, the password is tried at most 30 s after the last one", () => {
    let account: readonly number[] = [];
    let now = 0;
    for (let round = 0; round < 40; round++) ({ account, now } = failRepeatedly(account, 3, now, 500));
    expect(checkSignIn({ address: [], account }, now + 30 * second)).toEqual({ allowed: true });
    const blocked = checkSignIn({ address: [], account }, now);
    expect(blocked).toMatchObject({ allowed: false, scope: "account" });
    expect(blocked.allowed === false && blocked.retryAfterSeconds).toBeLessThanOrEqual(30);
  });

  it("forgets failures older than 15 minutes, and a success clears the account's failures", () => {
    const { account, now } = failRepeatedly([], 6);
    expect(checkSignIn({ address: [], account }, now).allowed).toBe(false);
    expect(checkSignIn({ address: [], account }, now + 15 * minute)).toEqual({ allowed: true });

    const five = failRepeatedly([], 5);
    const counted = withFailure({ address: [], account: five.account }, five.now);
    expect(checkSignIn(counted, five.now).allowed).toBe(false);
    expect(checkSignIn(withSuccess(counted, five.now), five.now)).toEqual({ allowed: true });
  });

  it("knows an account by the email as sign-in looks it up: trimmed and in lower case", () => {
    expect(accountKeyOf("Ana@Newsroom.example ")).toBe(accountKeyOf("ana@newsroom.example"));
  });
});

describe("sign-in throttling per client address", () => {
  it("refuses an address after 10 failures in 15 minutes until the oldest is 15 minutes old", () => {
    let failures = none;
    for (let i = 0; i < 10; i++) failures = { address: withFailure(failures, i * minute).address, account: [] };
    expect(checkSignIn(failures, 10 * minute)).toEqual({ allowed: false, scope: "address", retryAfterSeconds: 5 * 60 });
    expect(checkSignIn({ address: [], account: [] }, 10 * minute)).toEqual({ allowed: true });
    expect(checkSignIn(failures, 15 * minute)).toEqual({ allowed: true });
  });

  it("keeps counting an address's failures when one of its sign-ins succeeds (only that attempt is taken back)", () => {
    let address: readonly number[] = [];
    for (let i = 0; i < 9; i++) address = withFailure({ address, account: [] }, i).address;
    address = withFailure({ address, account: [] }, 100).address;
    address = withSuccess({ address, account: [] }, 100).address;
    expect(checkSignIn({ address, account: [] }, 200)).toEqual({ allowed: true });
    address = withFailure({ address, account: [] }, 300).address;
    expect(checkSignIn({ address, account: [] }, 400)).toMatchObject({ allowed: false, scope: "address" });
  });

  it("keeps only as many times as the rules look at", () => {
    let failures = none;
    for (let i = 0; i < 40; i++) failures = withFailure(failures, i);
    expect(failures.address).toHaveLength(10);
    expect(failures.account).toHaveLength(21);
    expect(checkSignIn(failures, 40)).toMatchObject({ allowed: false, scope: "address", retryAfterSeconds: 15 * 60 });
  });

  it("knows one client by one key: IPv4-mapped IPv6 as IPv4, IPv6 by its /64", () => {
    expect(addressKeyOf("::ffff:127.0.0.2")).toBe("127.0.0.2");
    expect(addressKeyOf("2001:db8:1:2:aaaa::1")).toBe(addressKeyOf("2001:db8:1:2:bbbb::2"));
    expect(addressKeyOf("2001:db8:1:3::1")).not.toBe(addressKeyOf("2001:db8:1:2::1"));
    expect(addressKeyOf("")).toBe("unknown");
  });
});

describe("the wait in the message", () => {
  it("reads as seconds, then minutes", () => {
    expect(describeWait(1)).toBe("1 second");
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(300)).toBe("5 minutes");
  });

  it("reads in Spanish for a Spanish page", () => {
    expect(describeWait(1, "es")).toBe("1 segundo");
    expect(describeWait(300, "es")).toBe("5 minutos");
  });
});
