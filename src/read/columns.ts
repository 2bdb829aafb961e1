// Header names → the journal's columns, matched without regard to case, accents, spaces or
// underscores, in English, French or FEC naming.

export const REQUIRED_COLUMNS = ['date', 'journal', 'piece', 'account', 'debit', 'credit'] as const;
export const OPTIONAL_COLUMNS = [
  'label',
  'analytic',
  'entry',
  'journal_label',
  'piece_date',
  'aux',
  'aux_label',
  'lettering',
  'lettering_date',
  'valid_date',
  'account_label',
  'amount',
  'direction',
  'bank_ref',
] as const;
export type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

const NAMES: Record<Column, string[]> = {
  date: ['date', 'ecrituredate', 'dateecriture', 'datedecriture', 'dateoperation', 'datedoperation'],
  journal: ['journal', 'journalcode', 'codejournal', 'jnl', 'codejnl'],
  piece: [
    'piece',
    'pieceref',
    'ref',
    'reference',
    'numeropiece',
    'numpiece',
    'npiece',
    'nopiece',
    'numerodepiece',
    'ndepiece',
    'refpiece',
  ],
  account: [
    'account',
    'compte',
    'comptenum',
    'numerocompte',
    'numcompte',
    'ncompte',
    'nocompte',
    'numerodecompte',
    'comptegeneral',
  ],
  debit: ['debit', 'montantdebit', 'debiteur'],
  credit: ['credit', 'montantcredit', 'crediteur'],
  label: ['label', 'libelle', 'ecriturelib', 'description', 'libelleecriture', 'intitule'],
  analytic: ['analytic', 'analytique', 'projet', 'project'],
  entry: ['entry', 'ecriturenum', 'numeroecriture'],
  journal_label: ['journallabel', 'journallib', 'libellejournal'],
  piece_date: ['piecedate', 'datepiece'],
  aux: ['aux', 'compauxnum', 'compteauxiliaire', 'auxiliaire'],
  aux_label: ['auxlabel', 'compauxlib', 'libelleauxiliaire'],
  lettering: ['lettering', 'ecriturelet', 'lettrage'],
  lettering_date: ['letteringdate', 'datelet', 'datelettrage'],
  valid_date: ['validdate', 'datevalidation'],
  account_label: ['accountlabel', 'comptelib', 'libellecompte'],
  // The FEC's other way of writing amounts: Montant and Sens (D or C) instead of Debit and Credit.
  amount: ['montant', 'amount'],
  direction: ['sens', 'direction'],
  // The bank's id of the statement line an entry was imported from (`asso import bank`): how a re-import finds it.
  bank_ref: ['bankref', 'refbanque', 'referencebancaire'],
};

const BY_NAME = new Map<string, Column>();
for (const [column, names] of Object.entries(NAMES) as [Column, string[]][])
  for (const name of names) BY_NAME.set(name, column);

export function normalizeName(name: string): string {
  // An ASCII name without parentheses (the usual header): its letters, lower-cased, and digits, read at once.
  let plain = '';
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    if (c >= 97 ? c <= 122 : c >= 48 && c <= 57) plain += name[i];
    else if (c >= 65 && c <= 90) plain += String.fromCharCode(c + 32);
    else if (c >= 0x80 || c === 40 || c === 41) return normalizeAnyName(name);
  }
  return plain;
}

function normalizeAnyName(name: string): string {
  // Accents, case, spaces and punctuation do not count: "N° de pièce" is "ndepiece", "Crédit (€)" is "credit".
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*\)|[^a-z0-9]/g, '');
}

export interface ColumnMap {
  readonly index: Partial<Record<Column, number>>;
  /** Columns the tool does not know, kept as they are (FEC extras such as Montantdevise). */
  readonly extras: ReadonlyArray<{ name: string; index: number }>;
  readonly missing: readonly Column[];
  /** Columns named twice (one would be ignored): the header is refused. */
  readonly duplicates: ReadonlyArray<{ name: string; first: number; second: number }>;
  /** Columns with no name: a value under one is refused. */
  readonly unnamed: readonly number[];
  /** A FEC file: its entries are grouped by JournalCode and EcritureNum. */
  readonly fec: boolean;
  readonly width: number;
  /** The optional columns present but the label, in OPTIONAL_COLUMNS' order: the cells a row keeps in `fields`. */
  readonly optional: ReadonlyArray<{ name: Column; index: number }>;
}

export function mapColumns(header: readonly string[]): ColumnMap {
  const index: Partial<Record<Column, number>> = {};
  const extras: { name: string; index: number }[] = [];
  const duplicates: { name: string; first: number; second: number }[] = [];
  const unnamed: number[] = [];
  const normalized = header.map(normalizeName);
  header.forEach((name, position) => {
    const column = BY_NAME.get(normalized[position]!);
    const extra = extras.find((e) => e.name === name.trim());
    if (column && index[column] === undefined) index[column] = position;
    else if (column) duplicates.push({ name: name.trim(), first: index[column]! + 1, second: position + 1 });
    else if (extra) duplicates.push({ name: name.trim(), first: extra.index + 1, second: position + 1 });
    else if (name.trim() !== '') extras.push({ name: name.trim(), index: position });
    else unnamed.push(position);
  });
  const signed =
    index.debit === undefined &&
    index.credit === undefined &&
    index.amount !== undefined &&
    index.direction !== undefined;
  const missing = REQUIRED_COLUMNS.filter(
    (column) => index[column] === undefined && !(signed && (column === 'debit' || column === 'credit')),
  );
  const fec = normalized.includes('ecriturenum') && normalized.includes('journalcode');
  const optional = OPTIONAL_COLUMNS.filter((name) => name !== 'label' && index[name] !== undefined).map((name) => ({
    name,
    index: index[name]!,
  }));
  return { index, extras, missing, duplicates, unnamed, fec, width: header.length, optional };
}
