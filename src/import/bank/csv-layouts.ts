// The CSV exports of French banks, recognised by their header row. Names are compared as the
// journal reader compares them (normalizeName: no case, accents, spaces, punctuation or "(…)").

export interface CsvLayout {
  readonly id: string;
  readonly bank: string;
  /** The header as the bank writes it (for --formats and messages). */
  readonly header: string;
  /** Normalised names that must all be in the header row. */
  readonly required: readonly string[];
  readonly date: string;
  /** Label columns, joined (a detail that repeats the short label replaces it); with `firstLabel`, the first not empty. */
  readonly label: readonly string[];
  readonly firstLabel?: boolean;
  readonly amount?: string;
  readonly debit?: string;
  readonly credit?: string;
  readonly ref?: string;
  /** A running balance after each line. */
  readonly balance?: string;
}

/** Most specific first: a header is taken by the first layout whose names it all has. */
export const CSV_LAYOUTS: readonly CsvLayout[] = [
  {
    id: 'bpce',
    bank: "Banque Populaire / Caisse d'Épargne",
    header: 'Date de comptabilisation;Libelle simplifie;Libelle operation;Reference;…;Debit;Credit;Date operation;…',
    required: ['datedecomptabilisation', 'libellesimplifie', 'libelleoperation', 'debit', 'credit'],
    date: 'datedecomptabilisation',
    label: ['libelleoperation'],
    debit: 'debit',
    credit: 'credit',
    ref: 'reference',
  },
  {
    id: 'bnp',
    bank: 'BNP Paribas',
    header: 'Date operation;Categorie operation;Sous Categorie operation;Libelle operation;Montant operation',
    required: ['dateoperation', 'libelleoperation', 'montantoperation'],
    date: 'dateoperation',
    label: ['libelleoperation'],
    amount: 'montantoperation',
  },
  {
    id: 'societe-generale',
    bank: 'Société Générale',
    header: "Date de l'opération;Libellé;Détail de l'écriture;Montant de l'opération;Devise",
    required: ['datedeloperation', 'libelle', 'detaildelecriture', 'montantdeloperation'],
    date: 'datedeloperation',
    // The detail is the whole label; the short one only when the detail is empty.
    label: ['detaildelecriture', 'libelle'],
    firstLabel: true,
    amount: 'montantdeloperation',
  },
  {
    id: 'credit-mutuel',
    bank: 'Crédit Mutuel / CIC',
    header: 'Date;Date de valeur;Débit;Crédit;Libellé;Solde',
    required: ['date', 'datedevaleur', 'debit', 'credit', 'libelle'],
    date: 'date',
    label: ['libelle'],
    debit: 'debit',
    credit: 'credit',
    balance: 'solde',
  },
  {
    id: 'credit-agricole',
    bank: 'Crédit Agricole',
    header: 'Date;Libellé;Débit Euros;Crédit Euros',
    required: ['date', 'libelle', 'debiteuros', 'crediteuros'],
    date: 'date',
    label: ['libelle'],
    debit: 'debiteuros',
    credit: 'crediteuros',
  },
  {
    id: 'banque-postale',
    bank: 'La Banque Postale',
    header: 'Date;Libellé;Montant(EUROS)',
    required: ['date', 'libelle', 'montant'],
    date: 'date',
    label: ['libelle'],
    amount: 'montant',
  },
];
