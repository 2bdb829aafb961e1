// The assembly's allocation of a closed year's result (§4.5), booked in Y+1 with the assembly's
// date and minutes as the piece: an excédent from 120 to report à nouveau (110) or reserves
// (1063, 1068); a déficit from 129 to report à nouveau débiteur (119) or against 110 / 1068.
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import { postingProblem, type Chart } from '../chart/chart.js';
import { fiscalYearOf, type FiscalCalendar } from '../fiscal.js';
import type { Cents } from '../money.js';
import { frenchDate } from '../date.js';
import type { JournalLine } from './journal-csv.js';
import type { Seal } from './seal.js';

export const allocationFileOf = (nextYear: number): string => `journal/${nextYear}-allocation.csv`;

export interface AllocationPart {
  readonly account: string;
  readonly amount: Cents;
}

export interface AllocationInput {
  readonly year: number;
  readonly calendar: FiscalCalendar;
  readonly chart: Chart;
  readonly seal: Seal | undefined;
  /** Whether Y+1 is closed too. */
  readonly nextSealed: boolean;
  /** The balance (debit − credit) of the accounts of 12 in Y+1 as the books are now. */
  readonly pendingInNext: Cents;
  readonly fileExists: boolean;
  readonly date: string;
  readonly piece: string;
  readonly parts: readonly AllocationPart[];
}

const SURPLUS_TARGETS = ['110', '1063', '1068'];
const DEFICIT_TARGETS = ['119', '110', '1068'];

export function planAllocation(
  input: AllocationInput,
): { refusals: Text[] } | { refusals?: undefined; lines: JournalLine[] } {
  const { year, seal } = input;
  const next = year + 1;
  if (!seal)
    return {
      refusals: [closeMessages.allocateOpenYear(year)],
    };
  const refusals: Text[] = [];
  const result = seal.result;
  if (result === 0n) return { refusals: [closeMessages.nilResult(year)] };
  if (input.fileExists) refusals.push(closeMessages.alreadyAllocated(allocationFileOf(next), year));
  if (input.nextSealed) refusals.push(closeMessages.nextClosed(next));
  if (fiscalYearOf(input.calendar, input.date) !== next)
    refusals.push(closeMessages.dateOutside(input.date, next, year));
  if (input.pendingInNext !== -result)
    refusals.push(closeMessages.partlyAllocated(next, -input.pendingInNext, result, year));
  const targets = result > 0n ? SURPLUS_TARGETS : DEFICIT_TARGETS;
  for (const part of input.parts) {
    if (!targets.some((prefix) => part.account.startsWith(prefix))) {
      refusals.push(
        result > 0n ? closeMessages.surplusTarget(part.account) : closeMessages.deficitTarget(part.account),
      );
    } else {
      const problem = postingProblem(input.chart, part.account);
      if (problem) refusals.push(problem);
    }
    if (part.amount <= 0n) refusals.push(closeMessages.notPositive(part.account, part.amount));
  }
  const total = input.parts.reduce((sum, part) => sum + part.amount, 0n);
  const magnitude = result > 0n ? result : -result;
  if (total !== magnitude) refusals.push(closeMessages.partsDiffer(total, result > 0n, year, magnitude));
  if (refusals.length) return { refusals };
  const label = `Affectation du résultat ${year} (AG du ${frenchDate(input.date)})`;
  const line = (account: string, debit: Cents, credit: Cents): JournalLine => ({
    date: input.date,
    journal: 'OD',
    piece: input.piece,
    account,
    label,
    debit,
    credit,
  });
  const lines =
    result > 0n
      ? [line(seal.resultAccount, result, 0n), ...input.parts.map((part) => line(part.account, 0n, part.amount))]
      : [...input.parts.map((part) => line(part.account, part.amount, 0n)), line(seal.resultAccount, 0n, -result)];
  return { lines };
}
