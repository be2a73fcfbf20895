import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** Checks the page for WCAG 2.1 A and AA violations that axe can detect; every page visited runs it. */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams metadata, so after a client-side navigation the <title> can arrive a moment
  // after the content; wait for it, then let axe check it with everything else.
  await expect(page).toHaveTitle(/Sportello MM/);

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/**
 * The Playwright `test` with one addition: a console error or an uncaught page error fails
 * the test, because a CSP violation or a hydration error shows only there.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));

      await use(errors);

      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
