// The shape of a statement layout: data, read by one engine (reports/). A line takes the accounts
// whose longest listed prefix is one of its own.

export interface Label {
  readonly fr: string;
  readonly en: string;
}

/** One line of the income statement: its accounts by prefix. */
export interface IncomeLineSpec {
  readonly id: string;
  readonly label: Label;
  readonly prefixes: readonly string[];
  /** "dont" sub-lines: a part of this line, shown under it, not added again. */
  readonly dont?: readonly { readonly id: string; readonly label: Label; readonly prefixes: readonly string[] }[];
}

/** A rubric (Total I, II …): its lines and its total. `side` gives the natural sign. */
export interface IncomeBlockSpec {
  readonly id: string;
  readonly side: 'income' | 'expenses';
  readonly heading: Label;
  readonly total: { readonly id: string; readonly label: Label };
  readonly lines: readonly IncomeLineSpec[];
}

/** An intermediate result: the sum of some block totals minus others. */
export interface IncomeResultSpec {
  readonly id: string;
  readonly label: Label;
  readonly plus: readonly string[];
  readonly minus: readonly string[];
}

export interface IncomeStatementSpec {
  readonly items: readonly ({ readonly block: IncomeBlockSpec } | { readonly result: IncomeResultSpec })[];
  readonly totals: { readonly income: Label; readonly expenses: Label; readonly result: Label };
  readonly inKind: { readonly heading: Label; readonly resources: IncomeBlockSpec; readonly uses: IncomeBlockSpec };
}

/** Which sign of an account's balance a placement applies to (classes 4 and 5 are placed by sign). */
export type BalanceSign = 'debit' | 'credit' | 'any';

export interface SheetPlacement {
  readonly prefixes: readonly string[];
  readonly sign?: BalanceSign;
  /** For asset lines: the account is a depreciation (28, 29, 39, 49, 59) shown in its own column. */
  readonly depreciation?: boolean;
}

export interface SheetLineSpec {
  readonly id: string;
  readonly label: Label;
  readonly placements: readonly SheetPlacement[];
  /** Indented sub-lines whose sum this line shows (e.g. "Fonds propres sans droit de reprise"). */
  readonly parts?: readonly SheetLineSpec[];
  /** Computed lines: the year's result, the result awaiting allocation. */
  readonly computed?: 'result' | 'pending-result';
}

export interface SheetBlockSpec {
  readonly id: string;
  readonly heading: Label;
  readonly total: { readonly id: string; readonly label: Label };
  readonly lines: readonly SheetLineSpec[];
  /** A sub-total shown after some lines (the "Situation nette"). */
  readonly subtotal?: { readonly id: string; readonly label: Label; readonly after: string };
}

export interface BalanceSheetSpec {
  readonly assets: { readonly blocks: readonly SheetBlockSpec[]; readonly total: Label };
  readonly liabilities: { readonly blocks: readonly SheetBlockSpec[]; readonly total: Label };
}

export interface ReferenceSet {
  readonly id: string;
  readonly incomeStatement: IncomeStatementSpec;
  readonly balanceSheet: BalanceSheetSpec;
  /** Parents whose children go to different lines: they take one line, and `check` warns. */
  readonly ambiguousParents: ReadonlyMap<string, string>;
  /** In-year transit accounts that must be nil at closing (`check` warns), e.g. 672/772 from 2025. */
  readonly transitAccounts?: readonly string[];
}
