import { describe, expect, it } from "vitest";

import { chosenFiles } from "@/lib/requests/chosen-files";

describe("chosenFiles", () => {
  it("drops empty files and text entries", () => {
    const chosen = new File(["%PDF-"], "documento.pdf");
    const entries = [new File([], ""), new File([], "undefined"), "testo", chosen];

    expect(chosenFiles(entries)).toEqual([chosen]);
  });
});
