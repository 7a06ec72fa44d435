import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError, localizeAppError } from "./errors";
import { translateKey } from "./i18n/translator";

describe("AppError messages as catalogue keys", () => {
  it("says its English text as `message` and the person's language through localizeAppError", () => {
    const error = new AppError("CONFLICT", { key: "Errors.conflict.investigationRenamed", values: { title: "Vuelos" } });
    expect(error.message).toBe(
      "Someone else renamed this investigation to “Vuelos” while you were editing. Your title is still in the field: save again to replace theirs.",
    );
    expect(localizeAppError(error, "es").message).toBe(
      "Otra persona renombró esta investigación como «Vuelos» durante la edición. El título escrito sigue en el campo: guardar de nuevo para reemplazar el suyo.",
    );
  });

  it("writes out field messages named by key (Errors or Validation), filled with the error's values", () => {
    const error = new AppError(
      "INVALID",
      { key: "Validation.approvalNoteTooLong", values: { maximum: 1_000 } },
      { fields: { approvalNote: "approvalNoteTooLong", email: "Errors.invalid.accountExists" } },
    );
    expect(error.message).toBe("The approval note can be at most 1,000 characters.");
    expect(localizeAppError(error, "en").fields).toEqual({
      approvalNote: "The approval note can be at most 1,000 characters.",
      email: "An account with this email already exists.",
    });
    expect(localizeAppError(error, "es").fields).toEqual({
      approvalNote: "La nota de aprobación admite como máximo 1000 caracteres.",
      email: "Ya existe una cuenta con este correo.",
    });
  });

  it("leaves a conflict's fields alone: they are the other person's saved values, not messages", () => {
    const current = { body: "emailRequired", title: "Errors.notFound.claim" };
    const error = new AppError("CONFLICT", { key: "Errors.conflict.staleComment" }, { fields: current });
    expect(localizeAppError(error, "es").fields).toEqual(current);
  });

  it("names only keys the catalogues have, in the queries, the domain and the server helpers", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) return walk(full);
        return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [full] : [];
      });
    const files = ["db", "lib", "app"].flatMap((root) => walk(path.join(process.cwd(), root)));
    const used = files.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/key: "((?:Errors|Validation)\.[\w.]+)"|"(Errors\.[\w.]+)"/g)].map((m) => m[1] ?? m[2]!),
    );
    expect(used.length).toBeGreaterThan(40);
    expect(
      [...new Set(used)].filter(
        (key) =>
          translateKey("en", key, {
            maximum: 1,
            email: "",
            title: "",
            number: 1,
            label: "",
            uses: 1,
            exact: "",
            fact: "",
            formats: "",
            audiences: "",
            choices: "",
          }) === null,
      ),
    ).toEqual([]);
  });
});
