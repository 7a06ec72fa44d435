import { performance } from "node:perf_hooks";
import { beforeEach, describe, expect, it } from "vitest";
import { createTestActor, installTestDatabase } from "../test-database";
import { attemptSignIn, endSession, getActorBySession, setUserDisabled, verifyCredentials } from "./users";

const password = "correct horse battery"; // createTestActor's

beforeEach(async () => {
  await installTestDatabase();
});

/** A clock the test moves by hand (the throttle is the one every server shares, in the database). */
function fakeTime() {
  const clock = { now: 1_000_000 };
  return { clock, options: { now: () => clock.now } };
}

describe("signing in", () => {
  it("signs in with the right password and refuses a wrong one or an unknown email alike", async () => {
    const ana = await createTestActor("reviewer");
    const { options } = fakeTime();
    expect(await attemptSignIn({ email: ana.email, password, address: "198.51.100.1" }, options)).toMatchObject({ status: "signed-in", user: { id: ana.id } });
    expect(await attemptSignIn({ email: ana.email, password: "wrong", address: "198.51.100.1" }, options)).toEqual({ status: "refused" });
    expect(await attemptSignIn({ email: "nobody@example.test", password: "wrong", address: "198.51.100.1" }, options)).toEqual({ status: "refused" });
  });

  it("after five wrong passwords makes the account wait, then lets the right password in from another address", async () => {
    const ana = await createTestActor("reviewer");
    const { clock, options } = fakeTime();
    for (let i = 0; i < 5; i++) expect((await attemptSignIn({ email: ana.email, password: "guess", address: "203.0.113.9" }, options)).status).toBe("refused");
    const throttled = await attemptSignIn({ email: ana.email, password, address: "198.51.100.1" }, options);
    expect(throttled).toEqual({ status: "throttled", retryAfterSeconds: 2 });
    clock.now += 2_000;
    expect(await attemptSignIn({ email: ana.email, password, address: "198.51.100.1" }, options)).toMatchObject({ status: "signed-in" });
    // …which clears the account's failures.
    expect((await attemptSignIn({ email: ana.email, password: "guess", address: "198.51.100.1" }, options)).status).toBe("refused");
  });

  it("throttles an unknown email exactly as a real one, so throttling reveals no accounts", async () => {
    const ana = await createTestActor("reviewer");
    const outcomes = async (email: string) => {
      const { options } = fakeTime();
      const seen: string[] = [];
      for (let i = 0; i < 8; i++) seen.push((await attemptSignIn({ email, password: "guess", address: `203.0.113.${i}` }, options)).status);
      return seen;
    };
    expect(await outcomes("nobody@example.test")).toEqual(await outcomes(ana.email));
  });

  it("counts guesses sent in parallel as they start: at most five of twenty are checked", async () => {
    const ana = await createTestActor("reviewer");
    const { options } = fakeTime();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attemptSignIn({ email: ana.email, password: "guess", address: `203.0.113.${i}` }, options)),
    );
    expect(results.filter((result) => result.status === "refused")).toHaveLength(5);
    expect(results.filter((result) => result.status === "throttled")).toHaveLength(15);
  });

  it("takes about as long for an unknown email as for a wrong password (both verify an argon2id hash)", async () => {
    const ana = await createTestActor("reviewer");
    await verifyCredentials({ email: "warm-up@example.test", password: "x" }); // the decoy hash is made once
    const timings = { unknown: [] as number[], wrong: [] as number[] };
    for (let i = 0; i < 12; i++) {
      for (const [kind, email] of [
        ["unknown", `nobody-${i}@example.test`],
        ["wrong", ana.email],
      ] as const) {
        const start = performance.now();
        expect(await verifyCredentials({ email, password: "not the password" })).toBeNull();
        timings[kind].push(performance.now() - start);
      }
    }
    // The fastest of each: other work on a busy machine only ever adds time, so minimums compare the code paths themselves.
    const [unknown, wrong] = [Math.min(...timings.unknown), Math.min(...timings.wrong)];
    expect(Math.abs(unknown - wrong) / Math.max(unknown, wrong), `fastest ${unknown.toFixed(1)} ms vs ${wrong.toFixed(1)} ms`).toBeLessThan(0.25);
  });

  it("refuses a disabled account with the right password, as if the password were wrong", async () => {
    const ana = await createTestActor("reviewer");
    await setUserDisabled({ operator: "command-line", userId: ana.id, disabled: true });
    const { options } = fakeTime();
    expect(await attemptSignIn({ email: ana.email, password, address: "198.51.100.1" }, options)).toEqual({ status: "refused" });
  });
});

describe("signing out", () => {
  it("ends the session for good: the signed-out token's version is refused from then on", async () => {
    const ana = await createTestActor("reviewer");
    expect(await getActorBySession({ userId: ana.id, sessionVersion: 1 })).toMatchObject({ id: ana.id });
    expect(await endSession({ userId: ana.id, sessionVersion: 1 })).toBe(true);
    expect(await getActorBySession({ userId: ana.id, sessionVersion: 1 })).toBeNull();
  });

  it("ignores an already-ended session, so an old cookie cannot sign its owner out of their current one", async () => {
    const ana = await createTestActor("reviewer");
    await endSession({ userId: ana.id, sessionVersion: 1 });
    expect(await endSession({ userId: ana.id, sessionVersion: 1 })).toBe(false);
    expect(await getActorBySession({ userId: ana.id, sessionVersion: 2 })).toMatchObject({ id: ana.id });
  });
});
