import { expect, type Page } from "@playwright/test";

/** The source reader, driven as a reviewer would: mouse drags, clicks and keys. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  get text() {
    return this.page.getByTestId("source-text");
  }

  get claimList() {
    return this.page.getByRole("list", { name: "Claims in text order" });
  }

  get openClaim() {
    return this.page.getByRole("region", { name: "Open claim" });
  }

  get announcement() {
    return this.page.getByTestId("reader-announcement");
  }

  async goto(sourceId: string) {
    await this.page.goto(`/sources/${sourceId}`);
    await expect(this.text).toBeVisible();
  }

  /** Viewport points at the start and end of the `occurrence`-th appearance of `phrase`. */
  async pointsOf(phrase: string, occurrence = 0) {
    return this.page.evaluate(
      ({ phrase, occurrence }) => {
        const root = document.querySelector("[data-testid=source-text]")!;
        let seen = 0;
        for (const paragraph of root.querySelectorAll("p")) {
          const node = paragraph.firstChild as Text;
          let index = node.data.indexOf(phrase);
          while (index !== -1) {
            if (seen++ === occurrence) {
              paragraph.scrollIntoView({ block: "center", behavior: "instant" });
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + phrase.length);
              const rects = range.getClientRects();
              const first = rects[0]!;
              const last = rects[rects.length - 1]!;
              return {
                start: { x: first.left + 1, y: first.top + first.height / 2 },
                end: { x: last.right - 1, y: last.top + last.height / 2 },
                middle: { x: first.left + Math.min(first.width / 2, 20), y: first.top + first.height / 2 },
              };
            }
            index = node.data.indexOf(phrase, index + 1);
          }
        }
        throw new Error(`"${phrase}" is not in the text`);
      },
      { phrase, occurrence },
    );
  }

  /** Drags the mouse across a phrase, as a person selecting it would. */
  async selectWithMouse(phrase: string, occurrence = 0) {
    const { start, end } = await this.pointsOf(phrase, occurrence);
    await this.page.mouse.move(start.x, start.y);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps: 8 });
    await this.page.mouse.up();
  }

  async addClaimWithMouse(phrase: string, occurrence = 0) {
    await this.selectWithMouse(phrase, occurrence);
    await this.page
      .getByRole("toolbar", { name: "Selection" })
      .getByRole("button", { name: /Add claim/ })
      .click();
    await expect(this.claimList.getByRole("button", { name: new RegExp(`: ${escapeRegExp(phrase)}$`) })).toBeVisible();
    await this.waitForCheckingPanel(phrase);
  }

  /** The open claim's checking panel arrives from the server after the URL names the claim. */
  async waitForCheckingPanel(phrase: string) {
    await expect(this.page.getByTestId("checking-panel").getByRole("list", { name: "History" })).toContainText(phrase);
  }

  async clickOn(phrase: string, occurrence = 0) {
    const { middle } = await this.pointsOf(phrase, occurrence);
    await this.page.mouse.click(middle.x, middle.y);
  }

  /** Number of ranges in a named CSS highlight (claims are drawn with the Custom Highlight API). */
  async highlightSize(name: string) {
    return this.page.evaluate((highlightName) => CSS.highlights.get(highlightName)?.size ?? 0, name);
  }
}

export function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
