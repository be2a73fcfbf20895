import { z } from "zod";

import { normalizeCodiceFiscale, validateCodiceFiscale, type CodiceFiscaleProblem } from "@/lib/identifiers/codice-fiscale";
import { findIbanProblem, normalizeIban, type IbanProblem } from "@/lib/identifiers/iban";
import { isMilanPostalCode, isItalianPostalCode } from "@/lib/identifiers/milan-postal-code";
import {
  findNumericFiscalCodeProblem,
  normalizeNumericFiscalCode,
  type NumericFiscalCodeProblem,
} from "@/lib/identifiers/numeric-fiscal-code";
import { findPagoPaNoticeProblem, normalizePagoPaNoticeCode, type PagoPaNoticeProblem } from "@/lib/identifiers/pagopa-notice";
import { isValidSupplyCode, normalizeSupplyCode } from "@/lib/identifiers/supply-code";

/*
 * Shared form fields. Each schema trims and normalizes its input, then reports one Italian
 * message that explains what to fix. Every issue also carries `params.code`
 * (for example "codiceFiscale.checkCharacter") so a form can show the English or Arabic
 * sentence from its message catalog instead.
 */

const codiceFiscaleMessages: Record<CodiceFiscaleProblem, string> = {
  length: "Il codice fiscale deve avere 16 caratteri: controlla di averlo scritto per intero.",
  structure:
    "Il codice fiscale non ha la forma prevista (6 lettere, 2 cifre, 1 lettera, 2 cifre, 1 lettera, 3 cifre, 1 lettera): controlla lettere e numeri.",
  birthDate: "La data di nascita contenuta nel codice fiscale non esiste: controlla i caratteri dal settimo all'undicesimo.",
  checkCharacter:
    "L'ultimo carattere del codice fiscale non corrisponde agli altri: c'è probabilmente un errore di battitura. Copialo dalla tessera sanitaria.",
};

const numericFiscalCodeMessages: Record<NumericFiscalCodeProblem, string> = {
  format: "Il codice fiscale di un'impresa o di un condominio è composto da 11 cifre.",
  checkDigit: "L'ultima cifra del codice non corrisponde alle altre: controlla di averlo copiato correttamente.",
};

const partitaIvaMessages: Record<NumericFiscalCodeProblem, string> = {
  format: "La partita IVA è composta da 11 cifre.",
  checkDigit: "L'ultima cifra della partita IVA non corrisponde alle altre: controlla di averla copiata correttamente.",
};

const ibanMessages: Record<IbanProblem, string> = {
  format: "L'IBAN inizia con due lettere del paese e due cifre di controllo, per esempio IT60X0542811101000000123456.",
  length: "La lunghezza dell'IBAN non è quella prevista per il paese indicato: un IBAN italiano ha 27 caratteri.",
  checkDigits: "L'IBAN contiene un errore: controlla di averlo copiato correttamente dall'estratto conto.",
};

const pagoPaMessages: Record<PagoPaNoticeProblem, string> = {
  format: "Il codice avviso pagoPA è composto da 18 cifre.",
  auxDigit: "Il codice avviso pagoPA deve iniziare con la cifra 3: controlla di averlo copiato dall'avviso di pagamento di MM.",
  checkDigits: "Il codice avviso contiene un errore: controlla di averlo copiato correttamente dall'avviso di pagamento.",
};

function issue(code: string, message: string) {
  return { code: "custom" as const, message, params: { code } };
}

/** Person's codice fiscale, also in the `TINIT-` form returned by SPID and CIE. */
export const codiceFiscaleSchema = z
  .string({ error: "Inserisci il codice fiscale." })
  .transform((value, context) => {
    const result = validateCodiceFiscale(value);
    if (!result.valid) {
      context.addIssue(issue(`codiceFiscale.${result.problem}`, codiceFiscaleMessages[result.problem]));
      return z.NEVER;
    }
    return result.code;
  });

/** 11-digit codice fiscale of a company, association or condominium. */
export const numericFiscalCodeSchema = z
  .string({ error: "Inserisci il codice fiscale." })
  .transform((value, context) => {
    const problem = findNumericFiscalCodeProblem(value);
    if (problem) {
      context.addIssue(issue(`numericFiscalCode.${problem}`, numericFiscalCodeMessages[problem]));
      return z.NEVER;
    }
    return normalizeNumericFiscalCode(value);
  });

/** Either kind of codice fiscale: 16 characters for a person, 11 digits for a company or condominium. */
export const anyFiscalCodeSchema = z
  .string({ error: "Inserisci il codice fiscale." })
  .transform((value, context) => {
    const compact = normalizeCodiceFiscale(value);
    if (/^[0-9]+$/.test(compact)) {
      const problem = findNumericFiscalCodeProblem(compact);
      if (problem) {
        context.addIssue(issue(`numericFiscalCode.${problem}`, numericFiscalCodeMessages[problem]));
        return z.NEVER;
      }
      return compact;
    }

    const result = validateCodiceFiscale(compact);
    if (!result.valid) {
      context.addIssue(issue(`codiceFiscale.${result.problem}`, codiceFiscaleMessages[result.problem]));
      return z.NEVER;
    }
    return result.code;
  });

export const partitaIvaSchema = z
  .string({ error: "Inserisci la partita IVA." })
  .transform((value, context) => {
    const problem = findNumericFiscalCodeProblem(value);
    if (problem) {
      context.addIssue(issue(`partitaIva.${problem}`, partitaIvaMessages[problem]));
      return z.NEVER;
    }
    return normalizeNumericFiscalCode(value);
  });

export const ibanSchema = z
  .string({ error: "Inserisci l'IBAN." })
  .transform((value, context) => {
    const problem = findIbanProblem(value);
    if (problem) {
      context.addIssue(issue(`iban.${problem}`, ibanMessages[problem]));
      return z.NEVER;
    }
    return normalizeIban(value);
  });

/** IBAN of an account at an Italian bank, as SEPA direct debits for water bills require here. */
export const italianIbanSchema = ibanSchema.refine((iban) => iban.startsWith("IT"), {
  message: "Indica un IBAN italiano: deve iniziare con IT.",
  params: { code: "iban.notItalian" },
});

export const pagoPaNoticeCodeSchema = z
  .string({ error: "Inserisci il codice avviso." })
  .transform((value, context) => {
    const problem = findPagoPaNoticeProblem(value);
    if (problem) {
      context.addIssue(issue(`pagoPaNotice.${problem}`, pagoPaMessages[problem]));
      return z.NEVER;
    }
    return normalizePagoPaNoticeCode(value);
  });

export const italianPostalCodeSchema = z
  .string({ error: "Inserisci il CAP." })
  .trim()
  .refine(isItalianPostalCode, {
    message: "Il CAP è composto da 5 cifre.",
    params: { code: "postalCode.format" },
  });

/** CAP of an address in the city of Milan, where every water supply and ERP dwelling is. */
export const milanPostalCodeSchema = italianPostalCodeSchema.refine(isMilanPostalCode, {
  message: "Il CAP non è di Milano città: i CAP di Milano vanno da 20121 a 20162.",
  params: { code: "postalCode.notMilan" },
});

export const supplyCodeSchema = z
  .string({ error: "Inserisci il codice utenza." })
  .transform((value, context) => {
    const code = normalizeSupplyCode(value);
    if (!isValidSupplyCode(code)) {
      context.addIssue(
        issue("supplyCode.format", "Il codice utenza è composto da 10 cifre: lo trovi sulla bolletta."),
      );
      return z.NEVER;
    }
    return code;
  });
