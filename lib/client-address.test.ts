import { describe, expect, it } from "vitest";
import { clientAddressOf } from "./client-address";

describe("the client's address", () => {
  it("is the connection's peer when the app is reached directly, whatever the client wrote before it", () => {
    // After db/cli/trusted-client-address.mjs the header holds only the peer: a spoofed list is replaced.
    expect(clientAddressOf("::ffff:127.0.0.2", 0)).toBe("::ffff:127.0.0.2");
  });

  it("is the address the trusted proxy saw, behind one proxy; entries further left are the client's own and ignored", () => {
    expect(clientAddressOf("6.6.6.6, 203.0.113.7, 10.0.0.2", 1)).toBe("203.0.113.7");
    expect(clientAddressOf("203.0.113.7, 10.0.0.2", 1)).toBe("203.0.113.7");
  });

  it("falls back to the first entry, or 'unknown', when the list is shorter than the proxies", () => {
    expect(clientAddressOf("10.0.0.2", 1)).toBe("10.0.0.2");
    expect(clientAddressOf(null, 0)).toBe("unknown");
    expect(clientAddressOf(" , ", 0)).toBe("unknown");
  });
});
