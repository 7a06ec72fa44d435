import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** Chooses a format in the Export menu (the English interface) and returns the downloaded file's name and bytes. */
export async function exportFromMenu(page: Page, label: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByText("Export", { exact: true }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("list", { name: "Export formats" }).getByRole("button", { name: label }).click();
  const download = await downloading;
  const file = await download.path();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.getByText("Export", { exact: true }).click(); // close the menu
  return { name: download.suggestedFilename(), bytes: readFileSync(file) };
}

/** A PDF's text as poppler's pdftotext lays it out. */
export function pdfText(bytes: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pdf-")), "report.pdf");
  writeFileSync(file, bytes);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}
