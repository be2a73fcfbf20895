/** Given names and surnames for generated people, grouped by origin so names and birth places agree. */
export type NamePool = {
  maleGivenNames: readonly string[];
  femaleGivenNames: readonly string[];
  surnames: readonly string[];
};

export const italianNames: NamePool = {
  maleGivenNames: [
    "Giuseppe", "Giovanni", "Antonio", "Mario", "Luigi", "Francesco", "Angelo", "Vincenzo", "Pietro", "Salvatore",
    "Carlo", "Franco", "Domenico", "Bruno", "Paolo", "Michele", "Giorgio", "Aldo", "Sergio", "Luciano",
    "Marco", "Andrea", "Roberto", "Stefano", "Alessandro", "Luca", "Massimo", "Davide", "Matteo", "Simone",
    "Fabio", "Claudio", "Maurizio", "Enrico", "Riccardo", "Gianfranco", "Ambrogio", "Lorenzo",
  ],
  femaleGivenNames: [
    "Maria", "Anna", "Giuseppina", "Rosa", "Angela", "Giovanna", "Teresa", "Lucia", "Carmela", "Caterina",
    "Francesca", "Antonietta", "Elena", "Paola", "Laura", "Silvia", "Giulia", "Chiara", "Sara", "Valentina",
    "Federica", "Alessandra", "Roberta", "Cristina", "Barbara", "Monica", "Elisa", "Martina", "Franca", "Luisa",
    "Graziella", "Rita", "Nicoletta", "Ilaria",
  ],
  surnames: [
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
    "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
    "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
    "Parisi", "Villa", "Conte", "Ferraro", "Fumagalli", "Brambilla", "Sala", "Cattaneo", "Crippa", "Pozzi",
  ],
};

export const egyptianNames: NamePool = {
  maleGivenNames: ["Mohamed", "Ahmed", "Mahmoud", "Mostafa", "Hassan", "Ibrahim", "Tarek", "Karim", "Amr", "Sameh"],
  femaleGivenNames: ["Fatma", "Mona", "Heba", "Amira", "Nadia", "Yasmine", "Dalia", "Rania", "Samar", "Nour"],
  surnames: ["Abdelrahman", "Hassan", "Mahmoud", "Ibrahim", "Elsayed", "Mostafa", "Abdelaziz", "Farouk", "Gaber", "Soliman"],
};

export const moroccanNames: NamePool = {
  maleGivenNames: ["Youssef", "Mohammed", "Hamid", "Rachid", "Abdellah", "Said", "Khalid", "Mustapha", "Nabil", "Omar"],
  femaleGivenNames: ["Khadija", "Fatima", "Naima", "Samira", "Latifa", "Hanane", "Souad", "Zineb", "Meryem", "Siham"],
  surnames: ["El Amrani", "Benali", "El Idrissi", "Bennani", "Alaoui", "Ouali", "Tazi", "Chraibi", "Lahlou", "Berrada"],
};

export const filipinoNames: NamePool = {
  maleGivenNames: ["Jose", "Mark", "John Paul", "Rodel", "Ramon", "Noel", "Arnel", "Jerome", "Ricardo", "Dennis"],
  femaleGivenNames: ["Maricel", "Rosalie", "Jocelyn", "Maria Cristina", "Lorna", "Evangeline", "Janet", "Marites", "Grace", "Analyn"],
  surnames: ["Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Dela Cruz", "Villanueva", "Ramos", "Aquino"],
};

export const otherForeignNames: NamePool = {
  maleGivenNames: ["Ion", "Andrei", "Luis", "Carlos", "Arben", "Ermal", "Mihai", "Jorge"],
  femaleGivenNames: ["Elena", "Ioana", "Rosa", "Carmen", "Blerina", "Ana", "Mirela", "Lucia"],
  surnames: ["Popescu", "Ionescu", "Quispe", "Huamán", "Hoxha", "Shehu", "Rojas", "Dumitru"],
};

export const condominiumNames: readonly string[] = [
  "Condominio", "Condominio Residenza", "Supercondominio", "Condominio Stabile",
];

export const companyNames: readonly string[] = [
  "Trattoria da Gino S.r.l.", "Lavanderia Navigli S.n.c.", "Panificio Ambrosiano S.r.l.", "Studio Dentistico Brera S.r.l.",
  "Palestra Porta Romana S.S.D. a r.l.", "Bar Centrale di Colombo & C. S.a.s.", "Ottica Buenos Aires S.r.l.",
  "Officina Meccanica Lodi S.r.l.", "Hotel Garibaldi S.p.A.", "Farmacia Padova S.n.c.", "Parrucchieri Sarpi S.r.l.",
  "Fiori e Piante Isola S.r.l.", "Libreria Città Studi S.r.l.", "Gelateria Corvetto S.r.l.", "Autoscuola Giambellino S.n.c.",
  "Ristorante Il Naviglio S.r.l.", "Tipografia Bovisa S.r.l.", "Centro Medico Niguarda S.r.l.",
];
