import { describe, expect, it } from "vitest";
import { formatSecurityEvent, SecurityLog } from "./security-log";

const at = new Date("2026-11-29T12:00:00.000Z");

describe("security log lines", () => {
  it("are one JSON object per line with the UTC time and only the fields given", () => {
    const line = formatSecurityEvent({ event: "sign-in", outcome: "success", userId: "u1", address: "203.0.113.7", target: undefined }, at);
    expect(JSON.parse(line)).toEqual({
      time: "2026-11-29T12:00:00.000Z",
      kind: "security",
      event: "sign-in",
      outcome: "success",
      userId: "u1",
      address: "203.0.113.7",
    });
  });

  it("keep hostile values inside their field: line breaks, U+2028, ANSI escapes and fake log lines", () => {
    const email = 'x\r\n{"level":"info","msg":"admin logged in"}\u2028\u2029\u001b[31mred@example.test';
    const line = formatSecurityEvent({ event: "sign-in", outcome: "failure", email }, at);
    expect(line).not.toMatch(/[\r\n\u2028\u2029\u001b]/);
    expect(line.split("\n")).toHaveLength(1);
    expect(JSON.parse(line).email).toBe(email);
  });

  it("give an IPv4 client seen through an IPv6 socket as IPv4", () => {
    expect(JSON.parse(formatSecurityEvent({ event: "sign-in", outcome: "failure", address: "::ffff:203.0.113.7" }, at)).address).toBe("203.0.113.7");
    expect(JSON.parse(formatSecurityEvent({ event: "sign-in", outcome: "failure", address: "2001:db8::1" }, at)).address).toBe("2001:db8::1");
  });

  it("cut long values at 200 characters", () => {
    const line = formatSecurityEvent({ event: "sign-in", outcome: "failure", email: "a".repeat(5_000) }, at);
    expect((JSON.parse(line).email as string).length).toBe(201);
  });
});

describe("sampled events", () => {
  it("write one line per key and window, then the next one says how many were left out", () => {
    const lines: string[] = [];
    let now = 0;
    const log = new SecurityLog(
      (line) => lines.push(line),
      () => now,
      60_000,
    );
    for (let attempt = 0; attempt < 1_000; attempt++) {
      now = attempt * 100; // 1,000 attempts over 100 s
      log.recordSampled("203.0.113.7", { event: "sign-in-throttled", outcome: "refused", address: "203.0.113.7" });
    }
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[1]!)).toMatchObject({ suppressed: 599 });
    log.recordSampled("198.51.100.1", { event: "sign-in-throttled", outcome: "refused" });
    expect(lines).toHaveLength(3);
  });

  it("remember a bounded number of keys", () => {
    const lines: string[] = [];
    const log = new SecurityLog(
      (line) => lines.push(line),
      () => 0,
      60_000,
      10,
    );
    for (let key = 0; key < 100; key++) log.recordSampled(`k${key}`, { event: "token-refused", outcome: "refused" });
    log.recordSampled("k0", { event: "token-refused", outcome: "refused" }); // forgotten, so logged again
    expect(lines).toHaveLength(101);
  });
});
