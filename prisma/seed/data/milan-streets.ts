/**
 * Real Milan streets with the postal code (CAP) of the house numbers listed and the municipio
 * (city district) they are in. Long streets that cross two CAP zones are limited to the
 * numbers of one zone.
 * NOTE: the CAPs come from Poste Italiane's zoning as known to the author, not from a copy of the
 * CercaCAP database. Check an address there before using it outside the demo.
 */
export type MilanStreet = {
  street: string;
  postalCode: string;
  municipio: number;
  /** House numbers that stay inside the postal code. */
  firstNumber: number;
  lastNumber: number;
};

export const milanStreets: readonly MilanStreet[] = [
  { street: "Piazza della Scala", postalCode: "20121", municipio: 1, firstNumber: 1, lastNumber: 6 },
  { street: "Via Dante", postalCode: "20121", municipio: 1, firstNumber: 1, lastNumber: 18 },
  { street: "Via Brera", postalCode: "20121", municipio: 1, firstNumber: 1, lastNumber: 30 },
  { street: "Corso Garibaldi", postalCode: "20121", municipio: 1, firstNumber: 1, lastNumber: 120 },
  { street: "Via Solferino", postalCode: "20121", municipio: 1, firstNumber: 1, lastNumber: 50 },
  { street: "Via Larga", postalCode: "20122", municipio: 1, firstNumber: 1, lastNumber: 30 },
  { street: "Corso di Porta Romana", postalCode: "20122", municipio: 1, firstNumber: 1, lastNumber: 130 },
  { street: "Via Torino", postalCode: "20123", municipio: 1, firstNumber: 1, lastNumber: 70 },
  { street: "Corso Magenta", postalCode: "20123", municipio: 1, firstNumber: 1, lastNumber: 90 },
  { street: "Corso Buenos Aires", postalCode: "20124", municipio: 3, firstNumber: 1, lastNumber: 92 },
  { street: "Via Vittor Pisani", postalCode: "20124", municipio: 2, firstNumber: 1, lastNumber: 30 },
  { street: "Viale Monza", postalCode: "20125", municipio: 2, firstNumber: 1, lastNumber: 100 },
  { street: "Via Padova", postalCode: "20127", municipio: 2, firstNumber: 1, lastNumber: 90 },
  { street: "Viale Piave", postalCode: "20129", municipio: 1, firstNumber: 1, lastNumber: 40 },
  { street: "Via Morgagni", postalCode: "20129", municipio: 3, firstNumber: 1, lastNumber: 40 },
  { street: "Via Pacini", postalCode: "20131", municipio: 3, firstNumber: 1, lastNumber: 80 },
  { street: "Via Celoria", postalCode: "20133", municipio: 3, firstNumber: 1, lastNumber: 30 },
  { street: "Via Rombon", postalCode: "20134", municipio: 3, firstNumber: 1, lastNumber: 80 },
  { street: "Corso Lodi", postalCode: "20135", municipio: 5, firstNumber: 1, lastNumber: 60 },
  { street: "Via Tiraboschi", postalCode: "20135", municipio: 5, firstNumber: 1, lastNumber: 20 },
  { street: "Viale Molise", postalCode: "20137", municipio: 4, firstNumber: 1, lastNumber: 80 },
  { street: "Via Salomone", postalCode: "20138", municipio: 4, firstNumber: 1, lastNumber: 70 },
  { street: "Piazzale Corvetto", postalCode: "20139", municipio: 4, firstNumber: 1, lastNumber: 10 },
  { street: "Via Meda", postalCode: "20141", municipio: 5, firstNumber: 1, lastNumber: 50 },
  { street: "Via dei Missaglia", postalCode: "20142", municipio: 5, firstNumber: 1, lastNumber: 120 },
  { street: "Via Saponaro", postalCode: "20142", municipio: 5, firstNumber: 1, lastNumber: 40 },
  { street: "Via Gola", postalCode: "20143", municipio: 6, firstNumber: 1, lastNumber: 30 },
  { street: "Via Segantini", postalCode: "20143", municipio: 6, firstNumber: 1, lastNumber: 70 },
  { street: "Via Solari", postalCode: "20144", municipio: 6, firstNumber: 1, lastNumber: 60 },
  { street: "Via Giambellino", postalCode: "20146", municipio: 6, firstNumber: 1, lastNumber: 80 },
  { street: "Piazzale Selinunte", postalCode: "20148", municipio: 7, firstNumber: 1, lastNumber: 20 },
  { street: "Via Paolo Sarpi", postalCode: "20154", municipio: 8, firstNumber: 1, lastNumber: 60 },
  { street: "Via Cenisio", postalCode: "20154", municipio: 8, firstNumber: 1, lastNumber: 70 },
  { street: "Via Mac Mahon", postalCode: "20155", municipio: 8, firstNumber: 1, lastNumber: 100 },
  { street: "Via Pascarella", postalCode: "20157", municipio: 8, firstNumber: 1, lastNumber: 40 },
  { street: "Via Candiani", postalCode: "20158", municipio: 9, firstNumber: 1, lastNumber: 120 },
  { street: "Via Borsieri", postalCode: "20159", municipio: 9, firstNumber: 1, lastNumber: 40 },
  { street: "Via Pellegrino Rossi", postalCode: "20161", municipio: 9, firstNumber: 1, lastNumber: 80 },
  { street: "Via Ornato", postalCode: "20162", municipio: 9, firstNumber: 1, lastNumber: 120 },
];

/** Streets with large public-housing estates, used for the ERP buildings. */
export const erpStreetNames: readonly string[] = [
  "Via Giambellino",
  "Piazzale Selinunte",
  "Via Pascarella",
  "Viale Molise",
  "Via Salomone",
  "Via Saponaro",
  "Via Ornato",
  "Via dei Missaglia",
];
