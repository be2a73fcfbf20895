import { describe, expect, it } from "vitest";

import { pageHref, pageWindow, parsePagination, summarizePage, toSkipTake, totalPagesOf } from "@/lib/pagination";

describe("parsePagination", () => {
  it("defaults to page 1 of 20 rows", () => {
    expect(parsePagination({})).toEqual({ page: 1, pageSize: 20 });
  });

  it("reads numeric strings", () => {
    expect(parsePagination({ page: "3", pageSize: "50" })).toEqual({ page: 3, pageSize: 50 });
  });

  it("takes the first of repeated values", () => {
    expect(parsePagination({ page: ["4", "9"] })).toEqual({ page: 4, pageSize: 20 });
  });

  it.each([
    ["zero", "0"],
    ["negative", "-2"],
    ["fraction", "1.5"],
    ["text", "abc"],
    ["empty", ""],
  ])("falls back to page 1 for a %s page", (_case, page) => {
    expect(parsePagination({ page }).page).toBe(1);
  });

  it("falls back to the default size above the maximum", () => {
    expect(parsePagination({ pageSize: "5000" }).pageSize).toBe(20);
  });

  it("honours custom default and maximum sizes", () => {
    expect(parsePagination({}, { defaultPageSize: 10 }).pageSize).toBe(10);
    expect(parsePagination({ pageSize: "30" }, { maxPageSize: 25 }).pageSize).toBe(20);
  });
});

describe("toSkipTake", () => {
  it("skips the rows of earlier pages", () => {
    expect(toSkipTake({ page: 1, pageSize: 20 })).toEqual({ skip: 0, take: 20 });
    expect(toSkipTake({ page: 3, pageSize: 25 })).toEqual({ skip: 50, take: 25 });
  });
});

describe("totalPagesOf", () => {
  it("rounds up partial pages", () => {
    expect(totalPagesOf(95, 20)).toBe(5);
    expect(totalPagesOf(100, 20)).toBe(5);
    expect(totalPagesOf(101, 20)).toBe(6);
  });

  it("counts an empty list as one page", () => {
    expect(totalPagesOf(0, 20)).toBe(1);
  });
});

describe("summarizePage", () => {
  it("reports the rows shown", () => {
    expect(summarizePage({ page: 2, pageSize: 20 }, 95)).toEqual({
      page: 2,
      pageSize: 20,
      totalItems: 95,
      totalPages: 5,
      firstItem: 21,
      lastItem: 40,
    });
  });

  it("stops the last page at the total", () => {
    const summary = summarizePage({ page: 5, pageSize: 20 }, 95);
    expect(summary.firstItem).toBe(81);
    expect(summary.lastItem).toBe(95);
  });

  it("reports zero rows past the end", () => {
    const summary = summarizePage({ page: 9, pageSize: 20 }, 95);
    expect(summary.firstItem).toBe(0);
    expect(summary.lastItem).toBe(0);
  });
});

describe("pageWindow", () => {
  it("lists every page when there are few", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it("elides gaps of two or more pages", () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 5, 6, 7, null, 20]);
  });

  it("shows a single missing page instead of an ellipsis", () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, null, 20]);
  });

  it("handles the first and last page", () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 19, 20]);
  });
});

describe("pageHref", () => {
  it("keeps filters and sets the page", () => {
    expect(pageHref("/back-office/ticket", { stato: "new", page: "2" }, 3)).toBe("/back-office/ticket?stato=new&page=3");
  });

  it("drops the page parameter for page 1", () => {
    expect(pageHref("/back-office/ticket", { stato: "new", page: "2" }, 1)).toBe("/back-office/ticket?stato=new");
    expect(pageHref("/back-office/ticket", {}, 1)).toBe("/back-office/ticket");
  });

  it("keeps repeated parameters and encodes values", () => {
    expect(pageHref("/x", { canale: ["pec", "email"], q: "via Roma 1" }, 2)).toBe("/x?canale=pec&canale=email&q=via+Roma+1&page=2");
  });
});
