// The values statements are made of, shared by the income statement and the balance sheet.
import type { Cents } from '../money.js';

export type Lang = 'fr' | 'en';

export interface AccountAmount {
  readonly account: string;
  readonly label: string;
  readonly amount: Cents;
  readonly previous: Cents | null;
}

export interface StatementLine {
  readonly id: string;
  /** `heading` rows only structure the display; JSON leaves them out. */
  readonly kind: 'heading' | 'line' | 'dont' | 'subtotal' | 'total';
  readonly label: string;
  readonly section: string;
  readonly amount: Cents;
  readonly previous: Cents | null;
  readonly accounts: readonly AccountAmount[];
  /** Indentation level for display (parts of a line, "dont" lines). */
  readonly depth: number;
}
