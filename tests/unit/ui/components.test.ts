import { readFileSync } from "node:fs";
import path from "node:path";

import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { StatusBadge } from "@/components/ui/status-badge";
import { TextField } from "@/components/ui/text-field";

const common = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../messages/it/common.json"), "utf8")) as Record<string, unknown>;

function render(element: ReactElement): string {
  // Children go in as the third argument; the cast only drops the required `children` prop.
  const providerProps = { locale: "it", messages: { common }, timeZone: "Europe/Rome" } as unknown as ComponentProps<typeof NextIntlClientProvider>;
  return renderToStaticMarkup(createElement(NextIntlClientProvider, providerProps, element));
}

/** Returns the attributes of every `<tag ...>` in the markup, in document order (the tests run without a DOM). */
function tagsIn(markup: string, tag: string): Map<string, string>[] {
  const tags = markup.match(new RegExp(`<${tag}\\b[^>]*>`, "g")) ?? [];

  return tags.map((openingTag) => {
    const attributes = Array.from(openingTag.matchAll(/([\w-]+)(?:="([^"]*)")?/g), (match): [string, string] => [match[1]!, match[2] ?? ""]);

    // The first match is the tag name itself.
    return new Map(attributes.slice(1));
  });
}

/** Returns the text of the element with this id, tags stripped. */
function textOfId(markup: string, id: string): string {
  const match = new RegExp(`id="${id}"[^>]*>(.*?)</p>`).exec(markup);
  return (match?.[1] ?? "").replace(/<[^>]+>/g, "");
}

describe("TextField", () => {
  it("ties label, hint and error to the input", () => {
    const markup = render(
      createElement(TextField, { id: "email", name: "email", label: "E-mail", hint: "Quella usata per accedere", error: "Inserisci un indirizzo e-mail valido" }),
    );
    const input = tagsIn(markup, "input")[0]!;

    expect(tagsIn(markup, "label")[0]!.get("for")).toBe("email");
    expect(input.get("aria-invalid")).toBe("true");
    expect(input.get("aria-describedby")).toBe("email-hint email-error");
    expect(textOfId(markup, "email-error")).toBe("Errore: Inserisci un indirizzo e-mail valido");
  });

  it("leaves a valid field unmarked", () => {
    const input = tagsIn(render(createElement(TextField, { id: "name", name: "name", label: "Nome", required: true })), "input")[0]!;

    expect(input.has("aria-invalid")).toBe(false);
    expect(input.has("aria-describedby")).toBe(false);
    expect(input.has("required")).toBe(true);
  });
});

describe("SelectField", () => {
  it("adds an empty placeholder option", () => {
    const markup = render(
      createElement(SelectField, { id: "channel", name: "channel", label: "Canale", placeholder: "Scegli", options: [{ value: "pec", label: "PEC" }] }),
    );

    expect(tagsIn(markup, "option").map((option) => option.get("value"))).toEqual(["", "pec"]);
  });
});

describe("StatusBadge", () => {
  it("derives tone from status", () => {
    const markup = render(createElement(StatusBadge, { label: "Respinta", status: "rejected" }));

    expect(tagsIn(markup, "span")[0]!.get("data-tone")).toBe("danger");
    expect(markup).toContain("Respinta");
  });

  it("shows unknown status as neutral", () => {
    expect(tagsIn(render(createElement(StatusBadge, { label: "Altro", status: "unknownState" })), "span")[0]!.get("data-tone")).toBe("neutral");
  });
});

describe("Pagination", () => {
  it("marks the current page and keeps filters in the links", () => {
    const markup = render(
      createElement(Pagination, { pathname: "/back-office/ticket", searchParams: { stato: "new", page: "3" }, page: 3, totalPages: 10 }),
    );
    const links = tagsIn(markup, "a");
    const current = links.filter((link) => link.get("aria-current") === "page");
    const hrefs = links.map((link) => link.get("href")?.replace(/&amp;/g, "&"));

    expect(tagsIn(markup, "nav")[0]!.get("aria-label")).toBe("Paginazione");
    expect(current.map((link) => link.get("aria-label"))).toEqual(["Pagina 3"]);
    expect(hrefs).toContain("/back-office/ticket?stato=new&page=2");
    expect(hrefs).toContain("/back-office/ticket?stato=new");
    expect(hrefs).toContain("/back-office/ticket?stato=new&page=10");
  });

  it("renders nothing for a single page", () => {
    expect(render(createElement(Pagination, { pathname: "/x", searchParams: {}, page: 1, totalPages: 1 }))).toBe("");
  });
});
