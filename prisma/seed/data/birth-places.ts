/**
 * Birth places and their Belfiore codes, as used in the codice fiscale. Foreign countries
 * use Z codes. The selection follows the largest non-Italian groups among ERP tenants
 * (Egypt, Morocco, the Philippines) and other communities common in Milan.
 */
export type BirthPlace = { name: string; code: string; citizenship: string };

export const milan: BirthPlace = { name: "Milano", code: "F205", citizenship: "IT" };

export const italianBirthPlaces: readonly BirthPlace[] = [
  { name: "Roma", code: "H501", citizenship: "IT" },
  { name: "Napoli", code: "F839", citizenship: "IT" },
  { name: "Torino", code: "L219", citizenship: "IT" },
  { name: "Palermo", code: "G273", citizenship: "IT" },
  { name: "Bari", code: "A662", citizenship: "IT" },
  { name: "Bergamo", code: "A794", citizenship: "IT" },
  { name: "Brescia", code: "B157", citizenship: "IT" },
  { name: "Catania", code: "C351", citizenship: "IT" },
  { name: "Reggio di Calabria", code: "H224", citizenship: "IT" },
  { name: "Genova", code: "D969", citizenship: "IT" },
  { name: "Bologna", code: "A944", citizenship: "IT" },
  { name: "Cosenza", code: "D086", citizenship: "IT" },
  { name: "Como", code: "C933", citizenship: "IT" },
];

export const egypt: BirthPlace = { name: "Egitto", code: "Z336", citizenship: "EG" };
export const morocco: BirthPlace = { name: "Marocco", code: "Z330", citizenship: "MA" };
export const philippines: BirthPlace = { name: "Filippine", code: "Z216", citizenship: "PH" };

export const otherForeignBirthPlaces: readonly BirthPlace[] = [
  { name: "Romania", code: "Z129", citizenship: "RO" },
  { name: "Perù", code: "Z611", citizenship: "PE" },
  { name: "Albania", code: "Z100", citizenship: "AL" },
];
