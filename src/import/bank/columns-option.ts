// `--columns date=…,label=…,amount=…` (or debit=…,credit=…): any other CSV, its columns named by
// header or by 1-based position.
import { bankMessages as m } from '../../messages/bank.js';
import type { Text } from '../../messages/text.js';
import { normalizeName } from '../../read/columns.js';

export type ColumnRef = { readonly name: string } | { readonly position: number };

export interface ColumnsSpec {
  readonly date: ColumnRef;
  readonly label: readonly ColumnRef[];
  readonly amount?: ColumnRef;
  readonly debit?: ColumnRef;
  readonly credit?: ColumnRef;
  readonly ref?: ColumnRef;
  readonly balance?: ColumnRef;
}

const KEYS = ['date', 'label', 'amount', 'debit', 'credit', 'ref', 'balance'] as const;

export function parseColumnsOption(option: string): { ok: true; spec: ColumnsSpec } | { ok: false; message: Text } {
  const found: Partial<Record<(typeof KEYS)[number], ColumnRef[]>> = {};
  for (const part of option.split(',')) {
    const at = part.indexOf('=');
    const key = part.slice(0, at).trim().toLowerCase() as (typeof KEYS)[number];
    const value = part.slice(at + 1).trim();
    if (at < 0 || !KEYS.includes(key) || value === '') return { ok: false, message: m.badColumnsPart(part) };
    const refs = value.split('+').map((one): ColumnRef => (/^\d+$/.test(one) ? { position: +one } : { name: one }));
    if (refs.some((ref) => 'position' in ref && ref.position < 1))
      return { ok: false, message: m.badColumnsPart(part) };
    (found[key] ??= []).push(...refs);
  }
  const single = (key: (typeof KEYS)[number]): ColumnRef | undefined => found[key]?.[0];
  const signed = found.amount !== undefined;
  const split = found.debit !== undefined && found.credit !== undefined;
  if (!found.date || !found.label || signed === split) return { ok: false, message: m.incompleteColumns() };
  return {
    ok: true,
    spec: {
      date: single('date')!,
      label: found.label,
      amount: single('amount'),
      debit: single('debit'),
      credit: single('credit'),
      ref: single('ref'),
      balance: single('balance'),
    },
  };
}

/** Every reference of a spec. */
export function refsOf(spec: ColumnsSpec): ColumnRef[] {
  return [spec.date, ...spec.label, spec.amount, spec.debit, spec.credit, spec.ref, spec.balance].filter(
    (ref): ref is ColumnRef => ref !== undefined,
  );
}

/** The index of a reference in a header (normalised names), or undefined when the header lacks it. */
export function resolveRef(ref: ColumnRef, names: readonly string[]): number | undefined {
  if ('position' in ref) return ref.position - 1;
  const at = names.indexOf(normalizeName(ref.name));
  return at < 0 ? undefined : at;
}
