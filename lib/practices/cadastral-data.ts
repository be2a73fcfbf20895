/**
 * Cadastral reference of a property in the Catasto dei Fabbricati: foglio (map sheet), particella
 * (parcel, also called mappale) and subalterno (unit within the parcel). The portal accepts the
 * numeric form the Agenzia delle Entrate prints on a visura: foglio up to 4 digits, particella up
 * to 5, subalterno up to 4 and blank when the whole parcel is one unit. Leading zeros are dropped.
 * NOTE: some municipalities add a sezione or use letters in the particella; Milan's urban
 * cadastre does not, so neither is accepted here.
 */
export type CadastralReference = { foglio: string; particella: string; subalterno: string | null };

export type CadastralProblem = "foglioMissing" | "foglioInvalid" | "particellaMissing" | "particellaInvalid" | "subalternoInvalid";

export type CadastralField = "foglio" | "particella" | "subalterno";

/** Removes spaces and leading zeros: "0012" becomes "12". */
export function normalizeCadastralPart(value: string): string {
  const compact = value.replace(/\s+/g, "");
  return compact.replace(/^0+(?=\d)/, "");
}

const maxDigitsOf: Record<CadastralField, number> = { foglio: 4, particella: 5, subalterno: 4 };

/** Returns what is wrong with one part, or null when it is valid. A blank subalterno is valid. */
export function cadastralPartProblem(field: CadastralField, value: string): CadastralProblem | null {
  const problem = checkNumber(value, maxDigitsOf[field]);
  if (problem === null) return null;
  if (field === "subalterno") return problem === "missing" ? null : "subalternoInvalid";
  return problem === "missing" ? `${field}Missing` : `${field}Invalid`;
}

function checkNumber(value: string, maxDigits: number): "missing" | "invalid" | null {
  const compact = value.replace(/\s+/g, "");
  if (compact === "") return "missing";
  if (!new RegExp(`^[0-9]{1,${maxDigits}}$`).test(compact)) return "invalid";
  if (Number(compact) === 0) return "invalid";
  return null;
}

/**
 * Validates the three parts of a cadastral reference. Returns the normalized reference, or the
 * problem of each part that failed, so a form can put each message next to its field.
 */
export function parseCadastralReference(input: {
  foglio: string;
  particella: string;
  subalterno: string;
}): { ok: true; reference: CadastralReference } | { ok: false; problems: Partial<Record<CadastralField, CadastralProblem>> } {
  const problems: Partial<Record<CadastralField, CadastralProblem>> = {};

  for (const field of ["foglio", "particella", "subalterno"] as const) {
    const problem = cadastralPartProblem(field, input[field]);
    if (problem) problems[field] = problem;
  }

  if (Object.keys(problems).length > 0) return { ok: false, problems };

  return {
    ok: true,
    reference: {
      foglio: normalizeCadastralPart(input.foglio),
      particella: normalizeCadastralPart(input.particella),
      subalterno: input.subalterno.trim() === "" ? null : normalizeCadastralPart(input.subalterno),
    },
  };
}
