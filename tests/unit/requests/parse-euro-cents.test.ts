import { describe, expect, it } from "vitest";

import { parseEuroCents } from "@/lib/requests/parse-euro-cents";

describe("parseEuroCents", () => {
  it.each([
    ["12", 1200],
    ["12,5", 1250],
    ["12,50", 1250],
    ["0,07", 7],
    ["1.234,56", 123456],
    ["1.234", 123400],
    ["1234.56", 123456],
    ["12.5", 1250],
    ["€ 45,60", 4560],
    [" 45,60 € ", 4560],
  ])("reads %s as %i cents", (text, cents) => {
    expect(parseEuroCents(text)).toBe(cents);
  });

  it.each(["", "abc", "12,345", "1,2,3", "-5", "12.34.5", "1.23,4.5", "1e3"])("rejects %j", (text) => {
    expect(parseEuroCents(text)).toBeNull();
  });
});
