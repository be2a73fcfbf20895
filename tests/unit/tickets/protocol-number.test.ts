import { describe, expect, it } from "vitest";

import { formatTicketProtocol, protocolYearOf, ticketCounterScope } from "@/lib/tickets/protocol-number";

describe("formatTicketProtocol", () => {
  it("pads the sequence to six digits", () => {
    expect(formatTicketProtocol("sii", 2026, 123)).toBe("SII-2026-000123");
    expect(formatTicketProtocol("casa", 2026, 1)).toBe("CASA-2026-000001");
  });

  it("keeps sequences past six digits whole", () => {
    expect(formatTicketProtocol("sii", 2026, 1_234_567)).toBe("SII-2026-1234567");
  });
});

describe("protocolYearOf", () => {
  it("uses Milan's calendar year", () => {
    // 23:30 UTC on 31 December is 00:30 on 1 January in Milan (UTC+1 in winter).
    expect(protocolYearOf(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(protocolYearOf(new Date("2026-12-31T22:59:59Z"))).toBe(2026);
    expect(protocolYearOf(new Date("2026-06-15T10:00:00Z"))).toBe(2026);
  });
});

describe("ticketCounterScope", () => {
  it("names one counter per division", () => {
    expect(ticketCounterScope("sii")).toBe("ticket:sii");
    expect(ticketCounterScope("casa")).toBe("ticket:casa");
  });
});
