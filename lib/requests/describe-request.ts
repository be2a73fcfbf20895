import type { ParsedRequest } from "@/lib/requests/request-schemas";

/** The supply and bill a request is about, as loaded after the ownership check. */
export type RequestSubjectRecords = {
  supplyCode: string | null;
  billNumber: string | null;
};

/** Italian names of the complaint services, as operators read them in the ticket. */
const serviceNames: Record<string, string> = {
  waterSupply: "Acquedotto",
  sewerage: "Fognatura",
  treatment: "Depurazione",
  customerService: "Servizio clienti",
  billing: "Fatturazione",
};

function formatEuros(cents: number): string {
  // Grouped by hand because it-IT in Intl leaves amounts under 10.000 ungrouped.
  const euros = String(Math.trunc(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const rest = String(cents % 100).padStart(2, "0");
  return `${euros},${rest} €`;
}

/**
 * Builds the ticket's subject and description from a request. The structured fields go first,
 * one per line, so the operator finds the data the regulation requires without reading the
 * customer's text. Both are stored in Italian, the language operators work in.
 */
export function describeRequest(request: ParsedRequest, records: RequestSubjectRecords): { subject: string; description: string } {
  const supplyLine = records.supplyCode ? [`Utenza: ${records.supplyCode}`] : [];
  const billLine = records.billNumber ? [`Bolletta: ${records.billNumber}`] : [];

  switch (request.kind) {
    case "information":
      return { subject: request.data.subject, description: [...supplyLine, "", request.data.message].join("\n").trim() };

    case "meterCheck": {
      const phoneLine = request.data.phone ? [`Telefono per l'appuntamento: ${request.data.phone}`] : [];
      const lines = [...supplyLine, ...phoneLine, "Il cliente ha preso atto del costo della verifica se il contatore risulta regolare.", "", request.data.message];
      return { subject: `Verifica del contatore ${records.supplyCode ?? ""}`.trim(), description: lines.join("\n") };
    }

    case "billClarification":
      return { subject: `Chiarimento sulla bolletta ${records.billNumber ?? ""}`.trim(), description: [...supplyLine, ...billLine, "", request.data.message].join("\n") };

    case "complaint": {
      const complaint = request.data;
      const lines = [
        `Nome: ${complaint.fullName}`,
        `Indirizzo di fornitura: ${complaint.supplyAddress}`,
        `E-mail per la risposta: ${complaint.replyEmail || "non indicata"}`,
        `Indirizzo postale per la risposta: ${complaint.replyPostalAddress || "non indicato"}`,
        `Servizio: ${serviceNames[complaint.service] ?? complaint.service}`,
        `Codice cliente: ${complaint.customerCode}`,
        ...supplyLine,
        "",
        complaint.message,
      ];
      return { subject: `Reclamo: ${serviceNames[complaint.service] ?? complaint.service}`, description: lines.join("\n") };
    }

    case "billingCorrection": {
      const lines = [...supplyLine, ...billLine, `Importo contestato: ${formatEuros(request.data.disputedAmount)}`, "", request.data.message];
      return { subject: `Rettifica della bolletta ${records.billNumber ?? ""}`.trim(), description: lines.join("\n") };
    }
  }
}
