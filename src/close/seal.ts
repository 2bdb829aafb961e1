// The seal of a closed year (locks/<Y>.json): its fingerprint over every entry, chained to the
// previous year's seal, each entry's own fingerprint (so that a later change can be named), the
// closing balance of every account, and the statements as closed. Amounts are decimal strings.
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import { error, type Diagnostic } from '../diagnostics.js';
import { addToBalances, balanceOf, type Balances } from '../model.js';
import { centsToString, parseCanonical, type Cents } from '../money.js';
import type { Remap } from '../chart/changes.js';
import { fingerprintYear, SEAL_VERSION, sha256Hex, type EntryPrint } from './canonical.js';

export interface SealFile {
  /** Path relative to the ledger folder (journal/2012-opening.csv). */
  readonly file: string;
  readonly sha256: string;
}

export interface Seal {
  readonly version: string;
  readonly year: number;
  readonly start: string;
  readonly end: string;
  /** The day the year was closed (YYYY-MM-DD): the FEC's ValidDate. */
  readonly closedOn: string;
  readonly fingerprint: string;
  readonly previous: { readonly year: number; readonly fingerprint: string } | null;
  /** The year's result, positive for an excédent; carried on `resultAccount`. */
  readonly result: Cents;
  readonly resultAccount: string;
  readonly entries: readonly EntryPrint[];
  /** The files the close wrote into the next year. */
  readonly written: readonly SealFile[];
  readonly balances: Balances;
  /** The statements as closed: `{exact: {incomeStatement, balanceSheet}, euros: {…}}` in the JSON of `-f json`. */
  readonly statements: unknown;
  /** Accounts whose closing balance opens Y+1 on another number (a change of reference set). */
  readonly remaps?: readonly Remap[];
}

export function sealJson(seal: Seal): string {
  const balances = [...seal.balances]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([account, totals]) => ({
      account,
      debit: centsToString(totals.debit),
      credit: centsToString(totals.credit),
      balance: centsToString(balanceOf(totals)),
      ...(totals.aux.size
        ? {
            aux: [...totals.aux]
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([aux, sub]) => ({
                aux,
                label: sub.label,
                debit: centsToString(sub.debit),
                credit: centsToString(sub.credit),
              })),
          }
        : {}),
    }));
  const body = {
    version: seal.version,
    year: seal.year,
    start: seal.start,
    end: seal.end,
    closedOn: seal.closedOn,
    fingerprint: seal.fingerprint,
    previous: seal.previous,
    result: centsToString(seal.result),
    resultAccount: seal.resultAccount,
    written: seal.written,
    entryCount: seal.entries.length,
    entries: seal.entries,
    balances,
    statements: seal.statements,
    ...(seal.remaps?.length
      ? { remaps: seal.remaps.map((r) => ({ from: r.from, to: r.to, balance: centsToString(r.balance) })) }
      : {}),
  };
  return `${JSON.stringify({ ...body, integrity: sealIntegrity(body) }, null, 2)}\n`;
}

/**
 * SHA-256 of everything else in the seal (balances, statements, files written…): the fingerprint
 * covers the entries, this covers the rest, so that an edit of the seal itself shows.
 */
export function sealIntegrity(body: object): string {
  return sha256Hex(JSON.stringify(body));
}

type Parsed = { seal: Seal; diagnostics: Diagnostic[] } | { seal?: undefined; diagnostics: Diagnostic[] };

/** Reads a seal back; a seal that is not valid JSON, lacks a field, or whose fingerprint does not follow from its own entries is broken. */
export function parseSeal(text: string, file: string, year: number): Parsed {
  const broken = (why: Text): Parsed => ({
    diagnostics: [error('seal-broken', closeMessages.sealBroken(year, why), { file, line: 1 })],
  });
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return broken(closeMessages.sealNotJson());
  }
  if (!raw || typeof raw !== 'object') return broken(closeMessages.sealNotObject());
  if (raw.version !== SEAL_VERSION) return broken(closeMessages.sealVersion(JSON.stringify(raw.version)));
  if (raw.year !== year) return broken(closeMessages.sealYear(JSON.stringify(raw.year)));
  const strings = ['start', 'end', 'closedOn', 'fingerprint', 'result', 'resultAccount'] as const;
  for (const key of strings) if (typeof raw[key] !== 'string') return broken(closeMessages.sealMissingField(key));
  const result = parseCanonical(raw.result as string);
  if (result === null) return broken(closeMessages.sealResult());
  if (!Array.isArray(raw.entries) || !Array.isArray(raw.balances) || !Array.isArray(raw.written))
    return broken(closeMessages.sealLists());
  const entries: EntryPrint[] = [];
  for (const item of raw.entries as Record<string, unknown>[]) {
    if (
      !item ||
      typeof item.date !== 'string' ||
      typeof item.journal !== 'string' ||
      typeof item.piece !== 'string' ||
      typeof item.fingerprint !== 'string'
    )
      return broken(closeMessages.sealEntryField());
    entries.push({ date: item.date, journal: item.journal, piece: item.piece, fingerprint: item.fingerprint });
  }
  const previousRaw = raw.previous as { year?: unknown; fingerprint?: unknown } | null | undefined;
  const previous =
    previousRaw && typeof previousRaw.year === 'number' && typeof previousRaw.fingerprint === 'string'
      ? { year: previousRaw.year, fingerprint: previousRaw.fingerprint }
      : null;
  if (fingerprintYear(year, previous?.fingerprint ?? null, entries) !== raw.fingerprint)
    return broken(closeMessages.sealFingerprint());
  const { integrity, ...body } = raw;
  if (integrity !== sealIntegrity(body)) return broken(closeMessages.sealIntegrity());
  const balances: Balances = new Map();
  for (const item of raw.balances as Record<string, unknown>[]) {
    const debit = typeof item?.debit === 'string' ? parseCanonical(item.debit) : null;
    const credit = typeof item?.credit === 'string' ? parseCanonical(item.credit) : null;
    if (typeof item?.account !== 'string' || debit === null || credit === null)
      return broken(closeMessages.sealBalanceField());
    addToBalances(balances, item.account, debit, credit);
    for (const sub of (Array.isArray(item.aux) ? item.aux : []) as Record<string, unknown>[]) {
      const subDebit = typeof sub?.debit === 'string' ? parseCanonical(sub.debit) : null;
      const subCredit = typeof sub?.credit === 'string' ? parseCanonical(sub.credit) : null;
      if (typeof sub?.aux !== 'string' || subDebit === null || subCredit === null)
        return broken(closeMessages.sealAuxField());
      balances.get(item.account)!.aux.set(sub.aux, {
        debit: subDebit,
        credit: subCredit,
        label: typeof sub.label === 'string' ? sub.label : '',
      });
    }
  }
  const written = (raw.written as Record<string, unknown>[])
    .filter((w) => typeof w?.file === 'string' && typeof w.sha256 === 'string')
    .map((w) => ({ file: w.file as string, sha256: w.sha256 as string }));
  return {
    seal: {
      version: SEAL_VERSION,
      year,
      start: raw.start as string,
      end: raw.end as string,
      closedOn: raw.closedOn as string,
      fingerprint: raw.fingerprint as string,
      previous,
      result,
      resultAccount: raw.resultAccount as string,
      entries,
      written,
      balances,
      statements: raw.statements,
    },
    diagnostics: [],
  };
}
