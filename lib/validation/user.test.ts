import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "./field-errors";
import { CreateUserInput } from "./user";

describe("CreateUserInput", () => {
  it("normalises the email and treats a blank password as 'generate one'", () => {
    expect(CreateUserInput.parse({ email: " Ana@Example.ORG ", role: "editor", name: "", password: "" })).toEqual({ email: "ana@example.org", role: "editor" });
  });

  it("explains a bad email, an unknown role and a short password", () => {
    const result = CreateUserInput.safeParse({ email: "ana", role: "owner", password: "short" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      email: "Enter an email address like name@newsroom.org.",
      role: "Choose a role: reviewer, editor or admin.",
      password: "Use at least 12 characters.",
    });
  });
});
