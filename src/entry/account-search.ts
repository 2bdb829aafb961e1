// Finding an account by words of its label ("fourn" → 606400 Fournitures administratives) or the
// start of its number, the association's usual accounts first.
import type { Account, Chart } from '../chart/chart.js';

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The accounts that match every word of `answer` (in their label, or as the start of their
 * number), best first: those `prefer` likes (the classes the question is about), the most used in
 * the books, the association's own (accounts.csv), then the chart's.
 */
export function findAccounts(
  chart: Chart,
  answer: string,
  uses: ReadonlyMap<string, number>,
  prefer: (account: string) => boolean = () => true,
): Account[] {
  const words = fold(answer).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const matches = [...chart.accounts.values()].filter(
    (account) =>
      account.number.length > 2 &&
      words.every((word) => account.number.startsWith(word) || fold(account.label).includes(word)),
  );
  const score = (account: Account): number[] => [
    prefer(account.number) ? 0 : 1,
    -(uses.get(account.number) ?? 0),
    account.builtin ? 1 : 0,
    -account.number.length,
  ];
  return matches.sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return a.number.localeCompare(b.number);
  });
}

/** The classes an account of each role is expected in: an expense 6 (or 2, an investment), an income 7, a bank 51/53. */
export function preferredFor(role: 'expense' | 'income' | 'bank' | 'any'): (account: string) => boolean {
  switch (role) {
    case 'expense':
      return (account) => /^[62]/.test(account);
    case 'income':
      return (account) => account.startsWith('7');
    case 'bank':
      return (account) => /^5[13]/.test(account);
    default:
      return () => true;
  }
}
