// Real examples shown under `asso --help` and `asso <command> --help` (each one runs as written
// from the repository root, on the bundled ledger; test/cli-features.test.ts runs them). What they
// do is said in the language of messages (src/messages/help.ts).
import { helpMessages } from '../messages/help.js';
import { type Lang, say, type Text } from '../messages/text.js';

const PROGRAM_EXAMPLES: readonly (readonly [string, Text?])[] = [
  ['asso init mon-asso --name "Les Amis du Moulin"', helpMessages.exampleInit()],
  ['asso check -L ledgers/coorace-bn', helpMessages.exampleCheck()],
  ['asso report -L ledgers/coorace-bn -y 2011 -f html -o rapport.html'],
  ['asso income-statement -L ledgers/coorace-bn -y 2011 --euros'],
  ['asso explain produits.cotisations -L ledgers/coorace-bn -y 2011'],
];

/** What an example does, said after it when the command alone does not tell. */
const EXAMPLE_NOTES: Readonly<Record<string, Text>> = {
  'asso close -L ledgers/coorace-bn --year 2011': helpMessages.exampleClose(),
  'asso migrate --to pca-2025 -L mon-asso': helpMessages.exampleMigrate(),
  'asso immobilisations -L fixtures/assets -y 2025': helpMessages.exampleAssets(),
  'asso assets -L mon-asso -y 2025 --book': helpMessages.exampleAssetsBook(),
  'asso projets -L fixtures/projects': helpMessages.exampleProjects(),
  'asso diff HEAD~1 HEAD -L comptes': helpMessages.exampleDiff(),
  'asso compte-rendu -L fixtures/subsidy -y 2025 --project ATELIER': helpMessages.exampleSubsidyReport(),
  'asso recus -L mon-asso --year 2025': helpMessages.exampleReceipts(),
  'asso receipts -L mon-asso --year 2025 --summary': helpMessages.exampleReceiptsSummary(),
  'asso import bank --formats': helpMessages.exampleBankFormats(),
  'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/credit-agricole.csv':
    helpMessages.exampleBankDryRun(),
  'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/releve-ofx1.ofx': helpMessages.exampleBankOfx(),
  'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/releve.cfonb -f csv':
    helpMessages.exampleBankCfonb(),
  'asso importer bank -L mon-asso releve-mars.ofx --write': helpMessages.exampleBankWrite(),
  'asso add -L mon-asso': helpMessages.exampleAddAsk(),
  'asso add --recurring -L mon-asso --through 2025-06-30': helpMessages.exampleAddRecurring(),
};

export const COMMAND_EXAMPLES: Readonly<Record<string, readonly string[]>> = {
  'income-statement': [
    'asso income-statement -L ledgers/coorace-bn -y 2011',
    'asso resultat -L ledgers/coorace-bn -y 2011 --euros --detail',
    'asso income-statement -L ledgers/coorace-bn -y 2011 -f csv --excel -o resultat.csv',
    'asso resultat -L fixtures/years --years 2022..2025 --euros',
    'asso income-statement -L fixtures/years --years 2023,2025 -f json',
  ],
  'balance-sheet': [
    'asso balance-sheet -L ledgers/coorace-bn -y 2011',
    'asso bilan -L ledgers/coorace-bn -y 2011 --euros --expect-total 54744',
    'asso bilan -L fixtures/years --years 2022..2025',
  ],
  balance: ['asso balance -L ledgers/coorace-bn -y 2011', 'asso balance -L ledgers/coorace-bn -y 2011 -f json'],
  journal: [
    'asso journal -L ledgers/coorace-bn -y 2011 | head',
    'asso journal -L ledgers/coorace-bn -y 2011 -f csv -o journal.csv',
    'asso journal -L ledgers/coorace-bn -y 2011 --journal BQ --from 2011-03-01 --to 2011-03-31',
  ],
  ledger: [
    'asso ledger 512 -L ledgers/coorace-bn -y 2011',
    'asso grand-livre 6 -L ledgers/coorace-bn -y 2011 -f markdown',
    'asso ledger 512 -L ledgers/coorace-bn -y 2011 --match loyer',
  ],
  accounts: [
    'asso accounts -L ledgers/coorace-bn | grep 756',
    'asso plan -L ledgers/coorace-bn -f csv --excel -o plan.csv',
  ],
  receipts: [
    'asso recus -L mon-asso --year 2025',
    'asso recus -L mon-asso --year 2025 -f html -o recus-2025.html',
    'asso receipts -L mon-asso --year 2025 --summary',
  ],
  'subsidy-report': [
    'asso compte-rendu -L fixtures/subsidy -y 2025 --project ATELIER',
    'asso compte-rendu -L fixtures/subsidy -y 2025 --project ATELIER -f html -o compte-rendu-atelier.html',
    'asso subsidy-report -L fixtures/subsidy -y 2025 --project FETE -f json --lang en',
  ],
  assets: ['asso immobilisations -L fixtures/assets -y 2025', 'asso assets -L mon-asso -y 2025 --book'],
  projects: ['asso projets -L fixtures/projects', 'asso projects -L fixtures/projects --project ECOLE -f json'],
  diff: ['asso diff HEAD~1 HEAD -L comptes', 'asso comparer fixtures/projects ../copie-des-comptes -f json'],
  check: [
    'asso check -L ledgers/coorace-bn',
    'asso verifier -L ledgers/coorace-bn --strict -f json',
    'asso check -L mon-asso -y 2011 --fingerprint bdf9cc4895560ad7486c9c67bf545c3b631308e9f0b21d340e12d025ecc9ecbd',
  ],
  budget: [
    'asso budget -L ledgers/coorace-bn -y 2012',
    'asso budget -L ledgers/coorace-bn -y 2012 --vs 2011 --euros',
    'asso previsionnel -L ledgers/coorace-bn -y 2012 --layout cerfa',
    'asso budget -L ledgers/coorace-bn -y 2012 --vs 2011 --fail-over 10',
    'asso budget -L fixtures/subsidy -y 2025 --project ATELIER',
  ],
  report: [
    'asso report -L ledgers/coorace-bn -y 2011',
    'asso rapport -L ledgers/coorace-bn -y 2011 -f html -o rapport-2011.html',
    'asso report -L ledgers/coorace-bn -y 2011 -f markdown --cents',
    'asso report -L ledgers/coorace-bn -y 2011 -f json --lang en',
    'asso rapport -L fixtures/annexe -y 2024 -f markdown',
  ],
  close: [
    'asso close -L ledgers/coorace-bn --year 2011',
    'asso cloture -L ledgers/coorace-bn --year 2011 --yes --reverse-accruals',
  ],
  allocate: [
    'asso allocate -L ledgers/coorace-bn --year 2011 110000=1436.00 --date 2012-06-15 --ref AG-2012',
    'asso affecter -L mon-asso --year 2024 119=500.00 --date 2025-06-20',
  ],
  reverse: ['asso reverse BQ BQ-2011-001 -L ledgers/coorace-bn --year 2011 --date 2012-01-15'],
  export: [
    'asso export fec -L ledgers/coorace-bn -y 2011 --siren 732829320',
    'asso export fec -L ledgers/coorace-bn -y 2011 -o FEC2011.txt',
  ],
  import: [
    'asso import fec 732829320FEC20111231.txt -L mon-asso',
    'asso import bank --formats',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/credit-agricole.csv',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/societe-generale.csv',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/credit-mutuel.csv --account 512100',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/banque-postale.csv',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/bpce.csv --account 512100',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/bnp.csv --account 512100 -f json',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/releve-ofx1.ofx',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/releve-mdy.qif --account 512100',
    'asso import bank -L fixtures/bank/ledger fixtures/bank/statements/releve.cfonb -f csv',
    'asso import bank -L mon-asso export.csv --columns "date=Jour,label=Opération,amount=Somme" --account 512100',
    'asso importer bank -L mon-asso releve-mars.ofx --write',
  ],
  migrate: ['asso migrate --to pca-2025 -L mon-asso', 'asso migrate --to pca-2025 -L mon-asso --write --yes'],
  init: ['asso init mon-asso', 'asso init club --name "Club de voile" --fiscal-year-start 09-01 --siren 732829320'],
  add: [
    'asso add depense -L ledgers/coorace-bn --date 2012-01-20 --amount 12,50 --account 606400 --bank 512100 --label "Ramette de papier" --dry-run',
    'asso saisir recette -L mon-asso --date 2025-03-13 --amount 30 --account 756000 --bank 512100 --aux ADH042',
    'asso add virement -L mon-asso --amount 200 --from 512100 --to 531000',
    'asso add dette -L mon-asso --amount 480 --account 616000 --supplier MAIF --label "Assurance 2025"',
    'asso add -L mon-asso',
    'asso add --recurring -L mon-asso --through 2025-06-30',
  ],
  explain: [
    'asso explain produits.cotisations -L ledgers/coorace-bn -y 2011',
    'asso explain 512 -L ledgers/coorace-bn -y 2011',
    'asso explain passif.dettes-fiscales-sociales -L ledgers/coorace-bn -y 2011 -f json',
  ],
};

function exampleLines(examples: readonly (readonly [string, Text?])[], lang: Lang): string {
  const width = Math.max(0, ...examples.filter(([, note]) => note).map(([command]) => command.length));
  return examples
    .map(([command, note]) => `  $ ${note ? `${command.padEnd(width)}   ${say(note, lang)}` : command}`.trimEnd())
    .join('\n');
}

/** The examples under `asso <command> --help`, in the language of messages. */
export function examplesText(command: string, lang: Lang): string | undefined {
  const examples = COMMAND_EXAMPLES[command];
  if (!examples) return undefined;
  return `\n${say(helpMessages.examples(), lang)}\n${exampleLines(
    examples.map((example) => [example, EXAMPLE_NOTES[example]] as const),
    lang,
  )}\n`;
}

/** The examples and the first steps under `asso --help`. */
export function programExamples(lang: Lang): string {
  return `\n${say(helpMessages.examples(), lang)}\n${exampleLines(PROGRAM_EXAMPLES, lang)}\n\n${say(helpMessages.programFooter(), lang)}`;
}
