// The assembly's allocation of a closed year's result (§4.5), booked in Y+1 with the assembly's
// date and minutes as the piece: an excédent from 120 to report à nouveau (110) or reserves
// (1063, 1068); a déficit from 129 to report à nouveau débiteur (119) or against 110 / 1068.
import { postingProblem, type Chart } from '../chart/chart.js';
import { fiscalYearOf, type FiscalCalendar } from '../fiscal.js';
import { centsToString, type Cents } from '../money.js';
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
): { refusals: string[] } | { refusals?: undefined; lines: JournalLine[] } {
  const { year, seal } = input;
  const next = year + 1;
  if (!seal)
    return {
      refusals: [
        `fiscal year ${year} is not closed: the assembly allocates the result of a closed year (asso close --year ${year} first)`,
      ],
    };
  const refusals: string[] = [];
  const result = seal.result;
  if (result === 0n) return { refusals: [`fiscal year ${year} closed on a nil result: there is nothing to allocate`] };
  if (input.fileExists)
    refusals.push(`${allocationFileOf(next)} already exists: the result of ${year} is already allocated`);
  if (input.nextSealed)
    refusals.push(`fiscal year ${next} is closed: the allocation is booked in ${next}, which is final`);
  if (fiscalYearOf(input.calendar, input.date) !== next)
    refusals.push(
      `the assembly's date ${input.date} is not in fiscal year ${next}: the allocation of ${year} is booked in ${next}`,
    );
  if (input.pendingInNext !== -result)
    refusals.push(
      `the accounts of 12 of ${next} hold ${centsToString(-input.pendingInNext)}, not the result ${centsToString(result)} of ${year}: it is already (partly) allocated`,
    );
  const targets = result > 0n ? SURPLUS_TARGETS : DEFICIT_TARGETS;
  for (const part of input.parts) {
    if (!targets.some((prefix) => part.account.startsWith(prefix))) {
      refusals.push(
        result > 0n
          ? `account ${part.account}: an excédent goes to report à nouveau (110) or to reserves (1063, 1068)`
          : `account ${part.account}: a déficit goes to report à nouveau débiteur (119) or against 110 or 1068`,
      );
    } else {
      const problem = postingProblem(input.chart, part.account);
      if (problem) refusals.push(problem);
    }
    if (part.amount <= 0n)
      refusals.push(`${part.account}=${centsToString(part.amount)}: give each amount as a positive number`);
  }
  const total = input.parts.reduce((sum, part) => sum + part.amount, 0n);
  const magnitude = result > 0n ? result : -result;
  if (total !== magnitude)
    refusals.push(
      `the amounts add up to ${centsToString(total)} but the ${result > 0n ? 'excédent' : 'déficit'} of ${year} is ${centsToString(magnitude)}`,
    );
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
