import { describe, expect, it } from "vitest";

import { contentDisposition } from "@/lib/http/content-disposition";

describe("contentDisposition", () => {
  it("gives an ASCII fallback and the UTF-8 name", () => {
    expect(contentDisposition("ricevuta perché.pdf")).toBe(`attachment; filename="ricevuta perche.pdf"; filename*=UTF-8''ricevuta%20perch%C3%A9.pdf`);
  });

  it("strips quotes from the fallback and can ask for inline display", () => {
    expect(contentDisposition('a"b.pdf', "inline")).toBe(`inline; filename="ab.pdf"; filename*=UTF-8''a%22b.pdf`);
  });
});
