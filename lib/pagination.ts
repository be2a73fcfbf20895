import { z } from "zod";

/** Query-string values as Next passes them to pages in `searchParams`. */
export type SearchParams = Record<string, string | string[] | undefined>;

export type PageRequest = { page: number; pageSize: number };

export type PaginationOptions = {
  defaultPageSize?: number;
  maxPageSize?: number;
};

export const defaultPageSize = 20;
export const maxPageSize = 100;

function firstValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads `page` and `pageSize` from the query string. A missing, malformed or
 * out-of-range value falls back to page 1 and the default size instead of failing,
 * because these values come from links a person may have edited by hand.
 */
export function parsePagination(searchParams: SearchParams, options: PaginationOptions = {}): PageRequest {
  const fallbackSize = options.defaultPageSize ?? defaultPageSize;
  const largestSize = options.maxPageSize ?? maxPageSize;

  const schema = z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
    pageSize: z.coerce.number().int().min(1).max(largestSize).catch(fallbackSize),
  });

  return schema.parse({
    page: firstValue(searchParams.page) ?? 1,
    pageSize: firstValue(searchParams.pageSize) ?? fallbackSize,
  });
}

/** Returns Prisma's `skip` and `take` for a page, pages counted from 1. */
export function toSkipTake({ page, pageSize }: PageRequest): { skip: number; take: number } {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** Returns the number of pages for a total; an empty list still has one (empty) page. */
export function totalPagesOf(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

export type PageSummary = PageRequest & {
  totalItems: number;
  totalPages: number;
  /** 1-based position of the first and last row shown; both 0 when the page is empty. */
  firstItem: number;
  lastItem: number;
};

/** Summarizes a loaded page for captions such as "Righe 21-40 di 95". */
export function summarizePage(request: PageRequest, totalItems: number): PageSummary {
  const totalPages = totalPagesOf(totalItems, request.pageSize);
  const { skip } = toSkipTake(request);
  const firstItem = skip < totalItems ? skip + 1 : 0;
  const lastItem = firstItem === 0 ? 0 : Math.min(skip + request.pageSize, totalItems);

  return { ...request, totalItems, totalPages, firstItem, lastItem };
}

/**
 * Returns the page numbers a pager shows: the first, the last and `radius` pages
 * either side of the current one, with `null` where two or more pages are elided.
 * For page 6 of 20 with radius 1: 1, null, 5, 6, 7, null, 20. A gap of one page
 * shows that page, because an ellipsis would take the same room.
 */
export function pageWindow(currentPage: number, totalPages: number, radius = 1): (number | null)[] {
  const candidates = new Set<number>([1, totalPages]);
  for (let page = currentPage - radius; page <= currentPage + radius; page += 1) {
    if (page >= 1 && page <= totalPages) candidates.add(page);
  }

  const sorted = [...candidates].sort((a, b) => a - b);
  const pages: (number | null)[] = [];

  for (const page of sorted) {
    const previous = pages[pages.length - 1];

    if (typeof previous === "number" && page - previous === 2) pages.push(page - 1);
    if (typeof previous === "number" && page - previous > 2) pages.push(null);

    pages.push(page);
  }

  return pages;
}

/**
 * Builds the link to another page of the same list, keeping every other query
 * parameter (filters, sorting). Page 1 drops `page` so the first page has one URL.
 */
export function pageHref(pathname: string, searchParams: SearchParams, page: number): string {
  const query = new URLSearchParams();

  for (const [key, value] of Object.entries(searchParams)) {
    if (key === "page" || value === undefined) continue;

    for (const item of Array.isArray(value) ? value : [value]) {
      query.append(key, item);
    }
  }

  if (page > 1) query.set("page", String(page));

  const queryString = query.toString();
  return queryString ? `${pathname}?${queryString}` : pathname;
}
