// Prints one plain line, "N passed, N failed", totalling Vitest, Playwright and the demo smoke
// checks. CI reads only that line, not the runners' own summaries.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const [resultsDir, smokePassed = "0", smokeFailed = "0", testStatus = "0"] = process.argv.slice(2);

function readJson(name) {
  const path = join(resultsDir, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
}

let passed = Number(smokePassed);
let failed = Number(smokeFailed);
let skipped = 0;

const vitest = readJson("vitest.json");
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
  console.log(`vitest: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
} else {
  console.log("vitest: no results (it did not run)");
}

const playwright = readJson("playwright.json");
if (playwright) {
  const stats = playwright.stats;
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
  console.log(`playwright: ${stats.expected + stats.flaky} passed, ${stats.unexpected} failed`);
} else {
  console.log("playwright: no results (it did not run)");
}

// A stage that failed before any runner counted (type check, lint, build) still counts as one failure.
if (Number(testStatus) !== 0 && failed === 0) {
  failed = 1;
}

console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`);
