// A deterministic bank statement in the Crédit Mutuel layout (date; value date; debit; credit;
// label; running balance), for the benchmarks: a mix of lines the import rules match (fees,
// cotisations, card payments) and lines left on 471. `size` lines spread over the days from
// `first` (YYYY-MM-DD) for `days` days.
import { writeFileSync } from 'node:fs';

const LABELS = [
  'VIR SEPA COTISATION MEMBRE',
  'PAIEMENT CB SUPER U',
  'PRLV SEPA EDF',
  'FRAIS TENUE DE COMPTE',
  'VIR HELLOASSO PAYOUT',
  'CHEQUE',
];

export function writeStatement(file, size, { first = '2025-01-01', days = 365 } = {}) {
  const [year, month, day] = first.split('-').map(Number);
  const amount = (c) =>
    `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n},${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;
  let balance = 100000n;
  const rows = ['Date;Date de valeur;Débit;Crédit;Libellé;Solde'];
  for (let i = 0; i < size; i += 1) {
    const date = new Date(Date.UTC(year, month - 1, day + Math.floor((i * days) / size))).toISOString().slice(0, 10);
    const french = `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
    const cents = BigInt(((i * 7919) % 20000) + 100) * (i % 3 === 0 ? 1n : -1n);
    balance += cents;
    rows.push(
      [
        french,
        french,
        cents < 0n ? amount(cents) : '',
        cents > 0n ? amount(cents) : '',
        `${LABELS[i % LABELS.length]} ${i % 97}`,
        amount(balance),
      ].join(';'),
    );
  }
  writeFileSync(file, `${rows.join('\r\n')}\r\n`);
}
