import { expect, test } from "../fixtures";
import { captureAction, fingerprint, pageSessionCookie, replayAction, withFields } from "./support";

/**
 * The wire-level reproduction of malformed shapes sent to a server action (the in-process
 * corpus for every action is action-input-shapes.test.ts): the settings form's real request,
 * replayed with a verdict scale that has `null` entries or is not a list, is answered with
 * the form's "invalid" state — never a 500 — and writes nothing.
 */
test("saving a verdict scale with null entries (or a number, or nested lists) answers the form's refusal, not a 500, and writes nothing", async ({
  editor,
  editorPage: page,
}) => {
  const investigation = await editor.createInvestigation("Shapes");
  await page.goto(`/investigations/${investigation.id}`);
  await page.getByText("Verdict scale, review and comparison settings").click();
  const settings = page.getByRole("form", { name: "Verdict scale and review settings" });
  const action = await captureAction(page, () => settings.getByRole("button", { name: "Save settings" }).click());
  const cookie = await pageSessionCookie(page);

  const before = await fingerprint();
  const answers: string[] = [];
  for (const scale of ["[null]", '[null,{"key":"true","label":"True","ratingValue":5}]', "42", "[[[]]]", '[{"label":null,"ratingValue":{}}]']) {
    const response = await replayAction(action, { cookie, ...(await withFields(action, { scale })) });
    answers.push(`${scale} → ${response.status} ${/"status":"(\w+)"/.exec(response.text)?.[1]}`);
  }
  expect(answers).toEqual(
    ["[null]", '[null,{"key":"true","label":"True","ratingValue":5}]', "42", "[[[]]]", '[{"label":null,"ratingValue":{}}]'].map(
      (scale) => `${scale} → 200 invalid`,
    ),
  );
  expect(await fingerprint()).toBe(before);
});
