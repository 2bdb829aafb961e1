// Deterministic synthetic ledgers for the benchmark: an association's usual entries (fees,
// donations, subsidies, sales, purchases, payroll, bank transfers), 2 to 4 postings each,
// spread over ten fiscal years, in the plain dialect (`,`, decimal point, UTF-8) or the French
// spreadsheet one (`;`, decimal comma, Windows-1252, some quoted labels, DD/MM/YYYY).
// Also writes the same books in the journal format hledger and ledger-cli read.
//
//   node scripts/gen-ledger.mjs <dir> <entries> [plain|french] [--ledger-format] [--years N]
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FIRST_YEAR = 2015;
const YEARS = 10;

/** mulberry32: a small seeded generator, so that every run writes the same bytes. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const ACCOUNTS = [
  ['110000', 'Report à nouveau (solde créditeur)'],
  ['119000', 'Report à nouveau (solde débiteur)'],
  ['120000', "Résultat de l'exercice (excédent)"],
  ['129000', "Résultat de l'exercice (déficit)"],
  ['411000', 'Adhérents et usagers'],
  ['401000', 'Fournisseurs'],
  ['421000', 'Personnel - rémunérations dues'],
  ['431000', 'Sécurité sociale'],
  ['512100', 'Banque - compte courant'],
  ['512200', 'Banque - livret'],
  ['530000', 'Caisse'],
  ['606100', 'Fournitures non stockables'],
  ['606300', "Fournitures d'entretien et petit équipement"],
  ['613200', 'Locations immobilières'],
  ['616000', "Primes d'assurance"],
  ['623000', 'Publicité, publications'],
  ['625100', 'Voyages et déplacements'],
  ['626000', 'Frais postaux et de télécommunications'],
  ['627000', 'Services bancaires'],
  ['641000', 'Rémunérations du personnel'],
  ['645100', 'Cotisations URSSAF'],
  ['706100', 'Prestations de services'],
  ['707000', 'Ventes de marchandises'],
  ['741000', "Subventions d'exploitation - État"],
  ['744000', 'Subventions - communes'],
  ['754100', 'Dons manuels'],
  ['756100', 'Cotisations des membres'],
  ['768100', 'Intérêts du livret'],
];

const MEMBERS = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau'];

/** Entry shapes, weighted: [weight, journal, label, postings(amount) → [account, side, cents][]]. */
const SHAPES = [
  [
    14,
    'BQ',
    (r) => `Cotisation ${MEMBERS[Math.floor(r() * MEMBERS.length)]}`,
    (a) => [
      ['512100', 'D', a],
      ['756100', 'C', a],
    ],
  ],
  [
    6,
    'BQ',
    () => 'Don manuel',
    (a) => [
      ['512100', 'D', a],
      ['754100', 'C', a],
    ],
  ],
  [
    6,
    'BQ',
    () => 'Subvention de fonctionnement, commune',
    (a) => [
      ['512100', 'D', a * 10n],
      ['744000', 'C', a * 6n],
      ['741000', 'C', a * 4n],
    ],
  ],
  [
    8,
    'AC',
    () => 'Facture fournitures',
    (a) => [
      ['606100', 'D', a],
      ['401000', 'C', a],
    ],
  ],
  [
    10,
    'AC',
    () => 'Facture location, assurance et téléphone',
    (a) => [
      ['613200', 'D', a * 3n],
      ['616000', 'D', a],
      ['626000', 'D', a],
      ['401000', 'C', a * 5n],
    ],
  ],
  [
    10,
    'BQ',
    () => 'Règlement fournisseur',
    (a) => [
      ['401000', 'D', a],
      ['512100', 'C', a],
    ],
  ],
  [
    10,
    'SAL',
    () => 'Salaires du mois',
    (a) => [
      ['641000', 'D', a * 3n],
      ['421000', 'C', a * 2n],
      ['431000', 'C', a],
    ],
  ],
  [
    6,
    'SAL',
    () => 'Charges sociales',
    (a) => [
      ['645100', 'D', a],
      ['431000', 'D', a],
      ['512100', 'C', a * 2n],
    ],
  ],
  [
    10,
    'VT',
    () => 'Prestation; atelier du samedi',
    (a) => [
      ['411000', 'D', a * 2n],
      ['706100', 'C', a],
      ['707000', 'C', a],
    ],
  ],
  [
    5,
    'CA',
    () => 'Vente buvette',
    (a) => [
      ['530000', 'D', a],
      ['707000', 'C', a],
    ],
  ],
  [
    3,
    'OD',
    () => 'Virement vers le livret',
    (a) => [
      ['512200', 'D', a * 10n],
      ['512100', 'C', a * 10n],
    ],
  ],
  [
    10,
    'BQ',
    () => 'Frais bancaires et publicité "Printemps"',
    (a) => [
      ['627000', 'D', a],
      ['623000', 'D', a],
      ['625100', 'D', a],
      ['512100', 'C', a * 3n],
    ],
  ],
];
const TOTAL_WEIGHT = SHAPES.reduce((sum, shape) => sum + shape[0], 0);

function pickShape(r) {
  let x = r() * TOTAL_WEIGHT;
  for (const shape of SHAPES) if ((x -= shape[0]) < 0) return shape;
  return SHAPES[0];
}

const pad = (n, width) => String(n).padStart(width, '0');

function centsText(cents, mark) {
  const units = cents / 100n;
  const rest = pad(cents % 100n, 2);
  return `${units}${mark}${rest}`;
}

/**
 * Calls `onEntry` for every entry, in date order: {date, journal, piece, label, postings: [[account, side, cents]]}.
 * Each year after the first also has the assembly's allocation of the previous year's result
 * (120 → 110, or 129 → 119), so that `check` finds nothing to warn about.
 */
export function generateEntries(count, onEntry, years = YEARS) {
  const r = random(20111231);
  const perYear = Math.ceil(count / years);
  let written = 0;
  let previousResult;
  for (let y = 0; y < years && written < count; y += 1) {
    const year = FIRST_YEAR + y;
    const inYear = Math.min(perYear, count - written);
    const pieces = new Map();
    let result = 0n;
    for (let i = 0; i < inYear; i += 1) {
      const dayOfYear = Math.floor((i * 365) / inYear);
      const date = new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
      if (previousResult !== undefined && dayOfYear >= 170) {
        const [from, to] = previousResult >= 0n ? ['120000', '110000'] : ['129000', '119000'];
        const cents = previousResult >= 0n ? previousResult : -previousResult;
        if (cents > 0n)
          onEntry({
            date,
            journal: 'OD',
            piece: `AG-${year}`,
            label: `Affectation du résultat ${year - 1}`,
            postings:
              previousResult >= 0n
                ? [
                    [from, 'D', cents],
                    [to, 'C', cents],
                  ]
                : [
                    [to, 'D', cents],
                    [from, 'C', cents],
                  ],
          });
        previousResult = undefined;
      }
      const [, journal, label, postings] = pickShape(r);
      const sequence = (pieces.get(journal) ?? 0) + 1;
      pieces.set(journal, sequence);
      const amount = BigInt(500 + Math.floor(r() * 20000));
      const lines = postings(amount);
      for (const [account, side, cents] of lines) {
        if (account.startsWith('6')) result -= side === 'D' ? cents : -cents;
        else if (account.startsWith('7')) result += side === 'C' ? cents : -cents;
      }
      onEntry({ date, journal, piece: `${journal}${pad(sequence, 6)}`, label: label(r), postings: lines });
      written += 1;
    }
    previousResult = result;
  }
  return written;
}

/** Writes a ledger folder of `count` entries in `dialect`; returns the number of postings. */
export function writeLedger(dir, count, dialect = 'plain', { ledgerFormat = false, years = YEARS } = {}) {
  mkdirSync(join(dir, 'journal'), { recursive: true });
  writeFileSync(
    join(dir, 'asso.json'),
    `${JSON.stringify({ name: `Synthetic ${count} (${dialect})`, currency: 'EUR', fiscalYearStart: '01-01' }, null, 2)}\n`,
  );
  writeFileSync(join(dir, 'accounts.csv'), `number,label\n${ACCOUNTS.map(([n, l]) => `${n},${l}`).join('\n')}\n`);
  const french = dialect === 'french';
  const sep = french ? ';' : ',';
  const mark = french ? ',' : '.';
  const encode = (text) => (french ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8'));
  const csv = openSync(join(dir, 'journal', 'books.csv'), 'w');
  const hl = ledgerFormat ? openSync(join(dir, 'books.journal'), 'w') : undefined;
  let buffer = french
    ? 'Date;Journal;Pièce;Compte;Libellé;Débit;Crédit\r\n'
    : 'date,journal,piece,account,label,debit,credit\n';
  let text = '';
  let postings = 0;
  const eol = french ? '\r\n' : '\n';
  generateEntries(
    count,
    (entry) => {
      const date = french
        ? `${entry.date.slice(8, 10)}/${entry.date.slice(5, 7)}/${entry.date.slice(0, 4)}`
        : entry.date;
      const quoted = entry.label.includes(sep) || entry.label.includes('"');
      const label = quoted ? `"${entry.label.replaceAll('"', '""')}"` : entry.label;
      for (const [account, side, cents] of entry.postings) {
        const amount = centsText(cents, mark);
        buffer += `${date}${sep}${entry.journal}${sep}${entry.piece}${sep}${account}${sep}${label}${sep}${side === 'D' ? amount : ''}${sep}${side === 'C' ? amount : ''}${eol}`;
        postings += 1;
      }
      if (hl !== undefined) {
        text += `${entry.date} ${entry.journal} ${entry.piece} ${entry.label.replaceAll(';', ',')}\n`;
        for (const [account, side, cents] of entry.postings)
          text += `    ${account}  ${side === 'D' ? '' : '-'}${centsText(cents, '.')}\n`;
        text += '\n';
        if (text.length > 1 << 20) {
          writeSync(hl, text);
          text = '';
        }
      }
      if (buffer.length > 1 << 20) {
        writeSync(csv, encode(buffer));
        buffer = '';
      }
    },
    years,
  );
  writeSync(csv, encode(buffer));
  closeSync(csv);
  if (hl !== undefined) {
    writeSync(hl, text);
    closeSync(hl);
  }
  return postings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--years');
  const years = at >= 0 ? Number(args.splice(at, 2)[1]) : YEARS;
  const [dir, count, dialect = 'plain', flag] = args;
  if (!dir || !count) {
    console.error('usage: node scripts/gen-ledger.mjs <dir> <entries> [plain|french] [--ledger-format] [--years N]');
    process.exit(2);
  }
  const postings = writeLedger(dir, parseInt(count, 10), dialect, { ledgerFormat: flag === '--ledger-format', years });
  console.log(`${dir}: ${count} entries, ${postings} postings (${dialect})`);
}
