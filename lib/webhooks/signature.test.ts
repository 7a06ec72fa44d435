import { describe, expect, it } from "vitest";
import { signWebhookBody, verifyWebhookSignature } from "./signature";

describe("webhook signatures", () => {
  it("is the hex HMAC-SHA256 of `<timestamp>.<body>` (a vector computed independently with `openssl dgst -sha256 -hmac`)", () => {
    // printf '%s' '1700000000.{"event":"comment.added"}' | openssl dgst -sha256 -hmac whsec_test
    expect(signWebhookBody("whsec_test", 1_700_000_000, '{"event":"comment.added"}')).toBe(
      "sha256=e6473f4729063de026c8497aad7ce651006fcbc0a6526a77c0efe81de5f8b357",
    );
  });

  it("signs the body as UTF-8 bytes", () => {
    // printf '%s' '1.{"t":"Señal — ✓"}' | openssl dgst -sha256 -hmac clave
    expect(signWebhookBody("clave", 1, '{"t":"Señal — ✓"}')).toBe("sha256=fd89610f995b3710c906351695f7b7346586dfbce84ba21b2e06d5ca600cad4c");
  });

  it("verifies its own signature and refuses another body, timestamp or secret", () => {
    const signature = signWebhookBody("s3cret", 42, "{}");
    expect(verifyWebhookSignature("s3cret", 42, "{}", signature)).toBe(true);
    expect(verifyWebhookSignature("s3cret", 42, "{ }", signature)).toBe(false);
    expect(verifyWebhookSignature("s3cret", 43, "{}", signature)).toBe(false);
    expect(verifyWebhookSignature("other", 42, "{}", signature)).toBe(false);
    expect(verifyWebhookSignature("s3cret", 42, "{}", "sha256=00")).toBe(false);
  });
});
