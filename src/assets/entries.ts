// The year's depreciation entries (journal/<Y>-depreciation.csv, rewritten whole by each run):
// 6811 / 28x for the year's charge; for a disposal, the asset's exit (28x and the net book value on
// 675 before 2025, 652 from 2025, against the 2x account: the sale price is the bank entry's
// business); the release of an investment subsidy (139 to 777 before 2025, 747 from 2025).
import { centsToString, type Cents } from '../money.js';
import type { AssetRegister } from './register.js';

export interface BookedRow {
  readonly date: string;
  readonly piece: string;
  readonly account: string;
  readonly label: string;
  readonly debit: Cents;
  readonly credit: Cents;
}

export const DEPRECIATION_CHARGE = '6811';

/** The accounts that moved from one reference set to the next. */
export function disposalAccounts(setId: string): { netBookValue: string; release: string } {
  return setId === 'pca-2018' ? { netBookValue: '675', release: '777' } : { netBookValue: '652', release: '747' };
}

export function depreciationRows(register: AssetRegister, setId: string): BookedRow[] {
  const { netBookValue, release } = disposalAccounts(setId);
  const rows: BookedRow[] = [];
  const entry = (date: string, piece: string, postings: [string, string, Cents, Cents][]) => {
    for (const [account, label, debit, credit] of postings)
      if (debit !== 0n || credit !== 0n) rows.push({ date, piece, account, label, debit, credit });
  };
  for (const account of register.accounts)
    for (const line of account.lines) {
      const { asset } = line;
      const date = line.disposals && asset.disposed ? asset.disposed : register.end;
      if (line.depreciationYear > 0n)
        entry(date, `AMORT-${register.year}-${asset.id}`, [
          [DEPRECIATION_CHARGE, `Dotation aux amortissements ${asset.label}`, line.depreciationYear, 0n],
          [asset.depreciationAccount, `Dotation aux amortissements ${asset.label}`, 0n, line.depreciationYear],
        ]);
      if (line.release > 0n)
        entry(date, `SUBV-${register.year}-${asset.id}`, [
          ['139', `Quote-part de subvention virée au résultat ${asset.label}`, line.release, 0n],
          [release, `Quote-part de subvention virée au résultat ${asset.label}`, 0n, line.release],
        ]);
      if (line.disposals > 0n)
        entry(date, `SORTIE-${register.year}-${asset.id}`, [
          [asset.depreciationAccount, `Sortie de l'actif ${asset.label}`, line.depreciationDisposals, 0n],
          [netBookValue, `Valeur comptable de ${asset.label}`, line.disposalValue, 0n],
          [asset.account, `Sortie de l'actif ${asset.label}`, 0n, asset.cost],
        ]);
    }
  return rows;
}

const field = (text: string): string => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

export function depreciationCsv(rows: readonly BookedRow[]): string {
  const lines = rows.map((row) =>
    [
      row.date,
      'OD',
      row.piece,
      row.account,
      field(row.label),
      row.debit ? centsToString(row.debit) : '',
      row.credit ? centsToString(row.credit) : '',
    ].join(','),
  );
  return `${['date,journal,piece,account,label,debit,credit', ...lines].join('\n')}\n`;
}
