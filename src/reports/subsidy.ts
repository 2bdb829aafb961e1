// The compte-rendu financier of an action (cerfa 15059): the project's charges and products by
// rubric of the form, the indirect charges allocated to it, the subsidies by funder (the aux of
// its 74x rows), the in-kind contributions (86/87), each with its budget (the project's lines of
// budget/<year>.csv), its actual, the difference in euros and in %. Pure.
import { Decimal } from 'decimal.js';
import { subsidyLabels as l, rubricLabels } from '../messages/subsidy.js';
import type { Text } from '../messages/text.js';
import { balanceOf, type Balances } from '../model.js';
import type { Cents } from '../money.js';
import type { BudgetLine } from '../read/budget.js';
import { EXPLANATIONS, type AllocationKey, type Explanation, type Project } from '../read/projects.js';

export type SubsidySection = 'charges' | 'products' | 'result' | 'in-kind';

export interface SubsidyLine {
  /** Stable: the rubric ('60', '74'…), '74:<aux>' for a funder, 'indirect', 'charges', 'products', 'result'. */
  readonly id: string;
  readonly section: SubsidySection;
  readonly kind: 'rubric' | 'funder' | 'total';
  readonly label: Text;
  /** Positive in the natural direction (a charge, a product); null where the budget says nothing. */
  readonly budget: Cents | null;
  readonly actual: Cents;
  /** actual − budget; null without a budget. */
  readonly difference: Cents | null;
  /** The difference over the budget (its absolute value), in %, one decimal (half up); null without a budget or for a budget of 0. */
  readonly percent: string | null;
}

export interface SubsidyReport {
  readonly year: number;
  readonly start: string;
  readonly end: string;
  readonly project: string;
  readonly label: string;
  readonly funder: string;
  readonly key: AllocationKey;
  /** The declared share (key share), as a decimal string; null otherwise. */
  readonly share: string | null;
  /** A budget file with lines for the project was found. */
  readonly budgeted: boolean;
  readonly lines: readonly SubsidyLine[];
  readonly explanations: Readonly<Record<Explanation, string>>;
}

const CHARGE_RUBRICS = ['60', '61', '62', '63', '64', '65', '66', '67', '68', '69'] as const;
const PRODUCT_RUBRICS = ['70', '71', '73', '74', '75', '76', '77', '78', '79'] as const;
/** Rubrics the form does not print: shown only when they hold something. */
const OPTIONAL_RUBRICS = new Set(['69', '71', '73']);

/** The rubric of an account or budget prefix: its first two digits (72 is printed with 71). */
export function rubricOf(account: string): string {
  const two = account.slice(0, 2);
  return two === '72' ? '71' : two;
}

export function percentOf(difference: Cents, budget: Cents): string | null {
  if (budget === 0n) return null;
  const base = budget < 0n ? -budget : budget; // a deficit budgeted: more deficit is a negative difference
  return new Decimal(difference.toString()).times(100).div(base.toString()).toFixed(1, Decimal.ROUND_HALF_UP);
}

function line(
  id: string,
  section: SubsidySection,
  kind: SubsidyLine['kind'],
  label: Text,
  budget: Cents | null,
  actual: Cents,
): SubsidyLine {
  const difference = budget === null ? null : actual - budget;
  return {
    id,
    section,
    kind,
    label,
    budget,
    actual,
    difference,
    percent: difference === null ? null : percentOf(difference, budget!),
  };
}

export function subsidyReport(input: {
  readonly year: number;
  readonly start: string;
  readonly end: string;
  readonly code: string;
  /** Its row of projects.csv, when it has one. */
  readonly project?: Project;
  /** The year's balances of the postings tagged with the project. */
  readonly balances: Balances;
  /** The indirect charges allocated to it (reports/indirect.ts). */
  readonly indirect: Cents;
  /** The project's budget lines; undefined when the year has no budget for it. */
  readonly budget?: readonly BudgetLine[];
}): SubsidyReport {
  const actualByRubric = new Map<string, Cents>();
  const funders = new Map<string, { actual: Cents; label: string }>();
  for (const [account, totals] of input.balances) {
    const rubric = rubricOf(account);
    const isCharge = account.startsWith('6') || account.startsWith('86');
    const natural = isCharge ? balanceOf(totals) : -balanceOf(totals);
    actualByRubric.set(rubric, (actualByRubric.get(rubric) ?? 0n) + natural);
    if (rubric === '74') {
      let named = 0n;
      for (const [aux, sub] of totals.aux) {
        const funder = funders.get(aux) ?? { actual: 0n, label: sub.label };
        funder.actual += sub.credit - sub.debit;
        named += sub.credit - sub.debit;
        funders.set(aux, funder);
      }
      if (natural !== named) {
        const none = funders.get('') ?? { actual: 0n, label: '' };
        none.actual += natural - named;
        funders.set('', none);
      }
    }
  }
  const budgeted = input.budget !== undefined;
  const budgetByRubric = new Map<string, Cents>();
  for (const budgetLine of input.budget ?? [])
    budgetByRubric.set(
      rubricOf(budgetLine.account),
      (budgetByRubric.get(rubricOf(budgetLine.account)) ?? 0n) + budgetLine.amount,
    );
  const budgetOf = (rubric: string): Cents | null => (budgeted ? (budgetByRubric.get(rubric) ?? 0n) : null);
  const shown = (rubric: string) =>
    !OPTIONAL_RUBRICS.has(rubric) ||
    (actualByRubric.get(rubric) ?? 0n) !== 0n ||
    (budgetByRubric.get(rubric) ?? 0n) !== 0n;
  const rubricLine = (rubric: string, section: SubsidySection) =>
    line(rubric, section, 'rubric', rubricLabels[rubric]!, budgetOf(rubric), actualByRubric.get(rubric) ?? 0n);
  const sum = (values: readonly (Cents | null)[]): Cents | null =>
    budgeted ? values.reduce<Cents>((a, b) => a + (b ?? 0n), 0n) : null;

  const charges = [
    ...CHARGE_RUBRICS.filter(shown).map((rubric) => rubricLine(rubric, 'charges')),
    line(
      'indirect',
      'charges',
      'rubric',
      l.indirect(),
      budgeted ? (input.project?.indirectBudget ?? 0n) : null,
      input.indirect,
    ),
  ];
  const totalCharges = line(
    'charges',
    'charges',
    'total',
    l.totalCharges(),
    sum(charges.map((c) => c.budget)),
    charges.reduce((a, c) => a + c.actual, 0n),
  );
  const products: SubsidyLine[] = [];
  for (const rubric of PRODUCT_RUBRICS.filter(shown)) {
    products.push(rubricLine(rubric, 'products'));
    if (rubric === '74')
      for (const [aux, funder] of [...funders].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1)))
        products.push(
          line(
            `74:${aux}`,
            'products',
            'funder',
            aux === '' ? l.noFunder() : l.funder(aux, funder.label),
            null,
            funder.actual,
          ),
        );
  }
  const rubricsOnly = products.filter((p) => p.kind === 'rubric');
  const totalProducts = line(
    'products',
    'products',
    'total',
    l.totalProducts(),
    sum(rubricsOnly.map((p) => p.budget)),
    rubricsOnly.reduce((a, p) => a + p.actual, 0n),
  );
  const result = line(
    'result',
    'result',
    'total',
    l.result(),
    budgeted ? totalProducts.budget! - totalCharges.budget! : null,
    totalProducts.actual - totalCharges.actual,
  );
  const inKind = [rubricLine('86', 'in-kind'), rubricLine('87', 'in-kind')];
  const project = input.project;
  return {
    year: input.year,
    start: input.start,
    end: input.end,
    project: input.code,
    label: project?.label ?? '',
    funder: project?.funder ?? '',
    key: project?.key ?? 'none',
    share: project?.key === 'share' ? project.shareText : null,
    budgeted,
    lines: [...charges, totalCharges, ...products, totalProducts, result, ...inKind],
    explanations: Object.fromEntries(EXPLANATIONS.map((name) => [name, project?.explanations[name] ?? ''])) as Record<
      Explanation,
      string
    >,
  };
}
