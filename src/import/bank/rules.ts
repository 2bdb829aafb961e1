// import-rules.csv: how a statement line finds its counterpart. Each row: `match` (text the label
// contains, case and accents ignored, or /regex/), optional `amount` (12.50, 10..20, compared with
// the line's absolute amount), optional `direction` (in/out), `account`, optional `label`,
// `journal`, `aux`, `analytic`. The first matching row wins.
//
// A split: consecutive rows with the same match, amount and direction are one rule whose
// counterparts share the line, each by its `share`: a percentage of the line (`80%`), a fixed
// amount (`2.50`), or empty for what is left (at most one row); without a row for the rest, the
// percentages must add up to 100%. A negative share (`-2.50`, `-1.4%`) puts that counterpart on
// the bank's side: a payout net of the platform's fee is the bank (190) and the fee (627, 10) in
// debit, the gross income (706, the rest: 200) in credit. A line whose rest would not be positive
// does not match the rule.
import { say } from '../../messages/text.js';
import { bankMessages as m } from '../../messages/bank.js';
import type { Text } from '../../messages/text.js';
import type { Cents } from '../../money.js';
import { normalizeName } from '../../read/columns.js';
import { readCsv } from '../../read/csv.js';
import type { BankLine } from './statement.js';
import { folded, looseAmount } from './values.js';

export type Share =
  | { readonly kind: 'rest' }
  | { readonly kind: 'percent'; readonly basis: bigint }
  | { readonly kind: 'fixed'; readonly cents: Cents };

export interface Counterpart {
  readonly line: number;
  readonly account: string;
  readonly label?: string;
  readonly aux?: string;
  readonly analytic?: string;
  readonly share: Share;
}

export interface Rule {
  /** The line of its first row in import-rules.csv. */
  readonly line: number;
  readonly match: string;
  /** Tests the label (and the same label folded: without case, accents or repeated spaces). */
  readonly test: (label: string, foldedLabel: string) => boolean;
  readonly amount?: { readonly min?: Cents; readonly max?: Cents };
  readonly direction?: 'in' | 'out';
  readonly journal?: string;
  readonly counterparts: readonly Counterpart[];
}

export interface RuleProblem {
  readonly line: number;
  readonly column?: string;
  readonly message: Text;
}

const COLUMNS = ['match', 'amount', 'direction', 'account', 'label', 'journal', 'aux', 'analytic', 'share'] as const;
type RuleColumn = (typeof COLUMNS)[number];
const NAMES: Record<string, RuleColumn> = {
  match: 'match',
  motif: 'match',
  contient: 'match',
  amount: 'amount',
  montant: 'amount',
  direction: 'direction',
  sens: 'direction',
  account: 'account',
  compte: 'account',
  label: 'label',
  libelle: 'label',
  journal: 'journal',
  aux: 'aux',
  auxiliaire: 'aux',
  analytic: 'analytic',
  analytique: 'analytic',
  projet: 'analytic',
  share: 'share',
  part: 'share',
  partage: 'share',
};

const DIRECTIONS: Record<string, 'in' | 'out'> = {
  in: 'in',
  entree: 'in',
  credit: 'in',
  recette: 'in',
  out: 'out',
  sortie: 'out',
  debit: 'out',
  depense: 'out',
};

/** A label test: /regex/flags (case ignored unless flags are given), else the text contained, case and accents ignored. */
export function labelTest(match: string): ((label: string, foldedLabel: string) => boolean) | Text {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(match);
  if (regex) {
    try {
      const pattern = new RegExp(regex[1]!, regex[2] || 'i');
      return (label) => pattern.test(label);
    } catch (thrown) {
      return m.badRegex(match, (thrown as Error).message);
    }
  }
  const wanted = folded(match);
  return (_label, foldedLabel) => foldedLabel.includes(wanted);
}

function amountRange(text: string): Rule['amount'] | Text {
  const range = /^(.*?)\.\.(.*)$/.exec(text);
  const parse = (part: string): Cents | undefined | null =>
    part.trim() === '' ? undefined : (looseAmount(part) ?? null);
  if (range) {
    const min = parse(range[1]!);
    const max = parse(range[2]!);
    if (min === null || max === null || (min === undefined && max === undefined)) return m.badRuleAmount(text);
    return { min, max };
  }
  const exact = parse(text);
  if (exact === null || exact === undefined) return m.badRuleAmount(text);
  return { min: exact, max: exact };
}

function share(text: string): Share | Text {
  if (text.trim() === '') return { kind: 'rest' };
  const percent = /^(-?)(\d{1,3})(?:[.,](\d{1,2}))?\s*%$/.exec(text.trim());
  if (percent) {
    const basis = BigInt(percent[2]!) * 100n + BigInt((percent[3] ?? '').padEnd(2, '0'));
    if (basis === 0n) return m.badShare(text);
    return { kind: 'percent', basis: percent[1] ? -basis : basis };
  }
  const cents = looseAmount(text);
  if (cents === undefined || cents === 0n) return m.badShare(text);
  return { kind: 'fixed', cents };
}

/**
 * The rules of import-rules.csv (bytes), in order, and every problem of the file. `accountProblem`
 * says why an account cannot take postings (unknown, a heading), or undefined.
 */
export function readRules(
  bytes: Uint8Array,
  accountProblem: (account: string) => Text | undefined,
): { rules: Rule[]; problems: RuleProblem[] } {
  const problems: RuleProblem[] = [];
  const rows: { line: number; cells: Record<RuleColumn, string> }[] = [];
  let index: Partial<Record<RuleColumn, number>> | undefined;
  const result = readCsv(
    bytes,
    ({ line, fields }) => {
      if (!index) {
        index = {};
        fields.forEach((name, at) => {
          const column = NAMES[normalizeName(name)];
          if (column && index![column] === undefined) index![column] = at;
        });
        for (const column of ['match', 'account'] as const)
          if (index[column] === undefined)
            problems.push({ line, message: m.rulesColumnMissing(column, fields.join(', ')) });
        return;
      }
      const cells = {} as Record<RuleColumn, string>;
      for (const column of COLUMNS)
        cells[column] = index[column] === undefined ? '' : (fields[index[column]!] ?? '').trim();
      rows.push({ line, cells });
    },
    (problem) => problems.push({ line: problem.line, message: m.csvSyntax(say(problem.message, 'fr')) }),
  );
  if ('problem' in result)
    return { rules: [], problems: [{ line: 1, message: m.csvSyntax(say(result.problem.message, 'fr')) }] };
  if (problems.length) return { rules: [], problems };

  const rules: Rule[] = [];
  let previousKey: string | undefined;
  for (const { line, cells } of rows) {
    const fail = (column: RuleColumn, message: Text) => problems.push({ line, column, message });
    const key = `${cells.match}\u0000${cells.amount}\u0000${cells.direction}`;
    const test = labelTest(cells.match);
    if (typeof test !== 'function') fail('match', test);
    let amount: Rule['amount'];
    if (cells.amount !== '') {
      const parsed = amountRange(cells.amount);
      if (parsed && 'fr' in parsed) fail('amount', parsed);
      else amount = parsed;
    }
    let direction: Rule['direction'];
    if (cells.direction !== '') {
      direction = DIRECTIONS[normalizeName(cells.direction)];
      if (!direction) fail('direction', m.badDirection(cells.direction));
    }
    const account = cells.account;
    const why = account === '' ? m.emptyRuleAccount() : accountProblem(account);
    if (why !== undefined) fail('account', account === '' ? m.emptyRuleAccount() : m.badRuleAccount(account, why));
    const parsedShare = share(cells.share);
    if ('fr' in parsedShare) fail('share', parsedShare);
    const counterpart: Counterpart = {
      line,
      account,
      share: 'fr' in parsedShare ? { kind: 'rest' } : parsedShare,
      ...(cells.label ? { label: cells.label } : {}),
      ...(cells.aux ? { aux: cells.aux } : {}),
      ...(cells.analytic ? { analytic: cells.analytic } : {}),
    };
    const last = rules[rules.length - 1];
    if (last && key === previousKey) (last.counterparts as Counterpart[]).push(counterpart);
    else
      rules.push({
        line,
        match: cells.match,
        test: typeof test === 'function' ? test : () => false,
        ...(amount ? { amount } : {}),
        ...(direction ? { direction } : {}),
        ...(cells.journal ? { journal: cells.journal } : {}),
        counterparts: [counterpart],
      });
    previousKey = key;
  }
  for (const rule of rules) {
    const problem = splitProblem(rule.counterparts);
    if (problem) problems.push({ line: rule.line, column: 'share', message: problem });
  }
  return { rules, problems };
}

function splitProblem(counterparts: readonly Counterpart[]): Text | undefined {
  const rest = counterparts.filter((c) => c.share.kind === 'rest').length;
  if (counterparts.length === 1) return counterparts[0]!.share.kind === 'rest' ? undefined : m.shareAlone();
  if (rest > 1) return m.twoRests();
  if (rest === 0) {
    const percents = counterparts.map((c) => (c.share.kind === 'percent' ? c.share.basis : -1n));
    if (percents.some((p) => p <= 0n) || percents.reduce((a, b) => a + b, 0n) !== 10000n) return m.sharesNot100();
  }
  return undefined;
}

/**
 * The signed parts of `total` (cents, positive) for each counterpart: positive on the
 * counterpart's side, negative on the bank's; they add up to `total`. Undefined when the part
 * taking the rest would not be positive.
 */
export function splitAmount(total: Cents, counterparts: readonly Counterpart[]): Cents[] | undefined {
  const parts = counterparts.map((c) => {
    if (c.share.kind === 'fixed') return c.share.cents;
    if (c.share.kind === 'rest') return 0n;
    const negative = c.share.basis < 0n;
    const part = (total * (negative ? -c.share.basis : c.share.basis) + 5000n) / 10000n;
    return negative ? -part : part;
  });
  const restAt = counterparts.findIndex((c) => c.share.kind === 'rest');
  const absorbing = restAt >= 0 ? restAt : parts.length - 1;
  parts[absorbing] = 0n;
  const left = total - parts.reduce((a, b) => a + b, 0n);
  if (left <= 0n) return undefined;
  parts[absorbing] = left;
  return parts;
}

/** The first rule matching the line, with the parts of its counterparts. */
export function matchRule(rules: readonly Rule[], line: BankLine): { rule: Rule; parts: Cents[] } | undefined {
  const abs = line.amount < 0n ? -line.amount : line.amount;
  let foldedLabel: string | undefined;
  for (const rule of rules) {
    if (rule.direction && (rule.direction === 'in') !== line.amount > 0n) continue;
    if (
      rule.amount &&
      ((rule.amount.min !== undefined && abs < rule.amount.min) ||
        (rule.amount.max !== undefined && abs > rule.amount.max))
    )
      continue;
    foldedLabel ??= folded(line.label);
    if (!rule.test(line.label, foldedLabel)) continue;
    const parts = splitAmount(abs, rule.counterparts);
    if (parts) return { rule, parts };
  }
  return undefined;
}
