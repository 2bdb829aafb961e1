// What `asso init` writes in a new ledger folder: asso.json, the usual accounts of a small
// association, an example journal of year Y that passes `asso check`, an asset register with the
// year's depreciation booked as `asso immobilisations --book` books it, and a README of the
// columns. Pure: the caller picks the year and writes the files.
import type { Asset } from '../assets/asset.js';
import { depreciationCsv, depreciationRows } from '../assets/entries.js';
import { depreciationFileOf } from '../assets/ledger-check.js';
import { assetRegister } from '../assets/register.js';
import { yearStart } from '../fiscal.js';
import { referenceSetFor } from '../statements/reference-sets.js';

export interface LedgerSettings {
  readonly name: string;
  /** MM-DD. */
  readonly fiscalYearStart: string;
  readonly siren?: string;
  /** The fiscal year of the example journal. */
  readonly year: number;
}

/** The usual accounts of a small association, each extending a PCA 2018 account. */
export const USUAL_ACCOUNTS: readonly (readonly [string, string])[] = [
  ['106800', 'Réserves pour projet associatif'],
  ['110000', 'Report à nouveau (solde créditeur)'],
  ['119000', 'Report à nouveau (solde débiteur)'],
  ['120000', "Résultat de l'exercice (excédent)"],
  ['129000', "Résultat de l'exercice (déficit)"],
  ['218300', 'Matériel de bureau et informatique'],
  ['281830', 'Amortissements du matériel de bureau et informatique'],
  ['401000', 'Fournisseurs'],
  ['411000', 'Adhérents et usagers'],
  ['421000', 'Personnel - rémunérations dues'],
  ['431000', 'URSSAF'],
  ['437000', 'Autres organismes sociaux'],
  ['467000', 'Autres débiteurs et créditeurs'],
  ['486000', "Charges constatées d'avance"],
  ['487000', "Produits constatés d'avance"],
  ['512100', 'Banque - compte courant'],
  ['512200', 'Livret associatif'],
  ['531000', 'Caisse'],
  ['606300', 'Petit équipement'],
  ['606400', 'Fournitures administratives'],
  ['613200', 'Location de salle'],
  ['616000', 'Assurances'],
  ['618100', 'Documentation'],
  ['623000', 'Publicité, publications'],
  ['625100', 'Déplacements'],
  ['625700', 'Réceptions'],
  ['626000', 'Frais postaux et téléphone'],
  ['627000', 'Frais bancaires'],
  ['628100', 'Cotisations versées (fédération)'],
  ['641000', 'Salaires'],
  ['645000', 'Charges sociales'],
  ['706000', 'Prestations de services'],
  ['708000', 'Produits des activités annexes (buvette, manifestations)'],
  ['741000', "Subvention de l'État"],
  ['744000', 'Subvention de la commune'],
  ['754100', 'Dons manuels'],
  ['756000', 'Cotisations des adhérents'],
  ['758000', 'Produits divers'],
  ['768000', 'Intérêts du livret'],
  ['864000', 'Personnel bénévole'],
  ['875000', 'Bénévolat'],
];

export function configText(settings: LedgerSettings): string {
  const config = {
    name: settings.name,
    currency: 'EUR',
    fiscalYearStart: settings.fiscalYearStart,
    ...(settings.siren ? { siren: settings.siren } : {}),
    journals: { AN: 'À-nouveaux', BQ: 'Banque', CA: 'Caisse', OD: 'Opérations diverses' },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function accountsText(): string {
  const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `number,label\n${USUAL_ACCOUNTS.map(([number, label]) => `${number},${quote(label)}`).join('\n')}\n`;
}

/** The date `months` months after the first day of the fiscal year, on `day`. */
function dateIn(start: string, months: number, day: number): string {
  const [year, month] = start.split('-').map((part) => parseInt(part, 10)) as [number, number];
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A small year of books: opening balances, fees, a grant, a donation, expenses, volunteering. */
export function exampleJournalText(settings: LedgerSettings): string {
  const start = yearStart({ start: settings.fiscalYearStart }, settings.year);
  const y = settings.year;
  const rows: string[] = ['date,journal,piece,account,label,debit,credit'];
  const entry = (
    date: string,
    journal: string,
    piece: string,
    label: string,
    lines: readonly (readonly [string, string, string])[],
  ) => {
    for (const [account, debit, credit] of lines)
      rows.push(`${date},${journal},${piece},${account},${label},${debit},${credit}`);
  };
  entry(start, 'AN', `AN-${y}`, 'À-nouveaux', [
    ['512100', '1250.00', ''],
    ['512200', '3000.00', ''],
    ['110000', '', '4250.00'],
  ]);
  entry(dateIn(start, 0, 15), 'BQ', 'BQ-001', 'Cotisations des adhérents', [
    ['512100', '900.00', ''],
    ['756000', '', '900.00'],
  ]);
  entry(dateIn(start, 1, 3), 'BQ', 'BQ-002', 'Assurance responsabilité civile', [
    ['616000', '185.40', ''],
    ['512100', '', '185.40'],
  ]);
  entry(dateIn(start, 2, 10), 'BQ', 'BQ-003', 'Subvention de la commune', [
    ['512100', '800.00', ''],
    ['744000', '', '800.00'],
  ]);
  entry(dateIn(start, 3, 2), 'BQ', 'BQ-004', 'Fournitures de bureau', [
    ['606400', '42.90', ''],
    ['512100', '', '42.90'],
  ]);
  entry(dateIn(start, 4, 20), 'BQ', 'BQ-005', 'Location de la salle (fête annuelle)', [
    ['613200', '250.00', ''],
    ['512100', '', '250.00'],
  ]);
  entry(dateIn(start, 4, 21), 'CA', 'CA-001', 'Buvette de la fête annuelle', [
    ['531000', '612.50', ''],
    ['708000', '', '612.50'],
  ]);
  entry(dateIn(start, 4, 28), 'BQ', 'BQ-006', 'Dépôt de la caisse de la fête', [
    ['512100', '612.50', ''],
    ['531000', '', '612.50'],
  ]);
  entry(dateIn(start, 6, 8), 'BQ', 'BQ-007', "Don d'un particulier", [
    ['512100', '150.00', ''],
    ['754100', '', '150.00'],
  ]);
  entry(dateIn(start, 8, 14), 'BQ', 'BQ-008', 'Cotisation à la fédération', [
    ['628100', '120.00', ''],
    ['512100', '', '120.00'],
  ]);
  entry(exampleAssetDate(settings), 'BQ', 'BQ-009', EXAMPLE_ASSET_LABEL, [
    ['218300', '900.00', ''],
    ['512100', '', '900.00'],
  ]);
  entry(dateIn(start, 11, 28), 'BQ', 'BQ-010', 'Frais de tenue de compte', [
    ['627000', '36.00', ''],
    ['512100', '', '36.00'],
  ]);
  entry(dateIn(start, 11, 28), 'BQ', 'BQ-011', 'Intérêts du livret', [
    ['512200', '45.00', ''],
    ['768000', '', '45.00'],
  ]);
  entry(dateIn(start, 11, 28), 'OD', 'OD-001', "Bénévolat de l'année (300 h)", [
    ['864000', '3600.00', ''],
    ['875000', '', '3600.00'],
  ]);
  return `${rows.join('\n')}\n`;
}

const EXAMPLE_ASSET_LABEL = 'Vidéoprojecteur';

/** The example asset is bought on the 5th of the tenth month of the year. */
const exampleAssetDate = (settings: LedgerSettings): string =>
  dateIn(yearStart({ start: settings.fiscalYearStart }, settings.year), 9, 5);

function exampleAsset(settings: LedgerSettings): Asset {
  const acquired = exampleAssetDate(settings);
  return {
    id: 'VIDEOPROJ',
    account: '218300',
    label: EXAMPLE_ASSET_LABEL,
    acquired,
    start: acquired,
    cost: 90000n,
    years: 3,
    prior: 0n,
    depreciationAccount: '281830',
    subsidy: 0n,
    file: 'assets.csv',
    line: 2,
  };
}

/** assets.csv: the video projector bought in the example year, over 3 years. */
export function assetsText(settings: LedgerSettings): string {
  return `id,account,label,acquired,cost,years\nVIDEOPROJ,218300,${EXAMPLE_ASSET_LABEL},${exampleAssetDate(settings)},900.00,3\n`;
}

/** journal/<Y>-depreciation.csv: the year's depreciation of the example asset, as `--book` writes it. */
export function exampleDepreciationText(settings: LedgerSettings): string {
  const calendar = { start: settings.fiscalYearStart };
  const register = assetRegister([exampleAsset(settings)], calendar, settings.year, settings.year);
  return depreciationCsv(depreciationRows(register, referenceSetFor({ calendar }, settings.year).id));
}

export function readmeText(settings: LedgerSettings): string {
  return `# ${settings.name}: the books

A ledger folder of asso-ledger (the \`asso\` command). Every file is plain
CSV or JSON: open it in a spreadsheet or a text editor.

| file | what it holds |
| --- | --- |
| \`asso.json\` | the association: \`name\`, \`currency\` (EUR), \`fiscalYearStart\` (MM-DD), optional \`siren\`, journal names |
| \`accounts.csv\` | the association's own accounts: \`number,label\`; each extends an account of the PCA 2018 chart (\`756000\` under \`756\` Cotisations) |
| \`journal/*.csv\` | the entries: every \`.csv\` file of the folder is read |
| \`budget/<year>.csv\` | optional: the budget of a year, \`account,amount[,label]\` |
| \`assets.csv\` | optional: the fixed assets, \`id,account,label,acquired,cost,years\`; \`asso immobilisations --book\` writes each year's depreciation to \`journal/<year>-depreciation.csv\` |

## Journal columns

| column | content |
| --- | --- |
| \`date\` | \`YYYY-MM-DD\` or \`DD/MM/YYYY\` |
| \`journal\` | \`AN\` opening balances (on the first day of the year), \`BQ\` bank, \`CA\` cash, \`OD\` miscellaneous |
| \`piece\` | the entry's reference: the rows of one entry share journal and piece, and follow each other |
| \`account\` | an account number of \`accounts.csv\` or of the chart (\`asso accounts\` lists them) |
| \`label\` | free text |
| \`debit\`, \`credit\` | one of the two per row; an entry's debits equal its credits to the cent |

\`journal/${settings.year}.csv\` is an example year: replace it with your own entries.

## Next steps

\`\`\`sh
asso check -L .                # every problem, with file and line
asso report -L . -f html -o rapport.html   # the financial report for the general assembly
asso --help                    # every command, with examples
\`\`\`
`;
}

/** The files of a new ledger folder, by path relative to it. */
export function ledgerFiles(settings: LedgerSettings): Map<string, string> {
  return new Map([
    ['asso.json', configText(settings)],
    ['accounts.csv', accountsText()],
    [`journal/${settings.year}.csv`, exampleJournalText(settings)],
    ['assets.csv', assetsText(settings)],
    [`journal/${depreciationFileOf(settings.year)}`, exampleDepreciationText(settings)],
    ['README.md', readmeText(settings)],
  ]);
}
