// The seal of a closed year (locks/<Y>.json): each entry's fingerprint and rows (so that a later
// change can be named and shown), the closing balance of every account, the statements as closed,
// the files the close wrote, chained to the previous year's seal. In asso-seal-2 the fingerprint a
// treasurer publishes covers all of it; in asso-seal-1 (older seals) it covers the entries and the
// chain, and is still checked that way so that published fingerprints keep matching.
import { createHash } from 'node:crypto';
import { error, type Diagnostic } from '../diagnostics.js';
import { closeMessages } from '../messages/close.js';
import type { Text } from '../messages/text.js';
import { addToBalances, balanceOf, type Balances } from '../model.js';
import { centsToString, parseCanonical, type Cents } from '../money.js';
import type { Remap } from '../chart/changes.js';
import {
  fingerprintRows,
  fingerprintYear,
  SEAL_VERSION,
  SEAL_VERSION_1,
  SEAL_VERSIONS,
  sha256Hex,
  type CanonicalRow,
  type EntryPrint,
} from './canonical.js';

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

/** Balances as a seal writes them: accounts in order, amounts as decimal strings. */
export function balancesJson(balances: Balances): unknown[] {
  return [...balances]
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
}

/** Everything the seal asserts but its fingerprint and integrity, in the order the file holds it. */
function sealBody(seal: Seal): Record<string, unknown> {
  return {
    version: seal.version,
    year: seal.year,
    start: seal.start,
    end: seal.end,
    closedOn: seal.closedOn,
    previous: seal.previous,
    result: centsToString(seal.result),
    resultAccount: seal.resultAccount,
    written: seal.written,
    entryCount: seal.entries.length,
    entries: seal.entries,
    balances: balancesJson(seal.balances),
    statements: seal.statements,
    ...(seal.remaps?.length
      ? { remaps: seal.remaps.map((r) => ({ from: r.from, to: r.to, balance: centsToString(r.balance) })) }
      : {}),
  };
}

/** The asso-seal-2 fingerprint: SHA-256 of everything the seal asserts (its JSON without fingerprint and integrity). */
export function fingerprintOfBody(body: Record<string, unknown>): string {
  return sha256Hex(`${SEAL_VERSION}\n${JSON.stringify(body)}`);
}

/** The fingerprint of a seal about to be written, as its version makes it. */
export function sealFingerprint(seal: Omit<Seal, 'fingerprint'>): string {
  if (seal.version === SEAL_VERSION_1)
    return fingerprintYear(seal.year, seal.previous?.fingerprint ?? null, seal.entries);
  return bodyHash(`${SEAL_VERSION}\n`, sealBody({ ...seal, fingerprint: '' }));
}

/** The seal's file: its JSON pretty-printed (the reference form, joined in one string). */
export function sealJson(seal: Seal): string {
  return `${JSON.stringify(sealFileBody(seal), null, 2)}\n`;
}

/** The members of the seal's file in order: the body with its fingerprint, and its integrity last. */
function sealFileBody(seal: Seal): Record<string, unknown> {
  const { version, year, start, end, closedOn, ...rest } = sealBody(seal);
  const body = { version, year, start, end, closedOn, fingerprint: seal.fingerprint, ...rest };
  return { ...body, integrity: bodyHash('', body) };
}

/**
 * The bytes of sealJson's text: each member pretty-printed alone and indented to its place, so
 * that the entries (most of the seal, and without a character beyond Latin-1 in most books) are
 * a one-byte string, which encodes three times faster than the two-byte text the statements'
 * typographic apostrophes make of the whole.
 */
export function sealBytes(seal: Seal): Buffer {
  const pieces: Buffer[] = [];
  let text = '{';
  let members = 0;
  for (const [key, value] of Object.entries(sealFileBody(seal))) {
    // Stringified in an object of its own, it has the indents of a member of the seal.
    const json = JSON.stringify({ [key]: value }, null, 2);
    if (json === '{}') continue; // a member without JSON (undefined) is left out
    const member = json.slice(2, -2);
    if (key === 'entries') {
      pieces.push(Buffer.from(`${text}${members++ ? ',' : ''}\n`), Buffer.from(member));
      text = '';
    } else text += `${members++ ? ',' : ''}\n${member}`;
  }
  pieces.push(Buffer.from(`${text}${members ? '\n' : ''}}\n`));
  return Buffer.concat(pieces);
}

/** The UTF-8 JSON of each list of entries a seal was made with: its fingerprint and its integrity both hash it. */
const entriesBytes = new WeakMap<readonly unknown[], Buffer>();

/**
 * SHA-256 of `prefix` and `JSON.stringify(body)` (fingerprintOfBody's and sealIntegrity's), the
 * entries (most of a seal) stringified and encoded once for both: an object's JSON is its
 * members' JSON in order, those without JSON left out, so it is hashed member by member.
 */
export function bodyHash(prefix: string, body: Record<string, unknown>): string {
  const hash = createHash('sha256');
  let text = `${prefix}{`;
  let first = true;
  for (const [key, value] of Object.entries(body)) {
    const member = `${first ? '' : ','}${JSON.stringify(key)}:`;
    if (key === 'entries' && Array.isArray(value)) {
      let bytes = entriesBytes.get(value);
      if (!bytes) entriesBytes.set(value, (bytes = Buffer.from(JSON.stringify(value))));
      hash.update(text + member).update(bytes);
      text = '';
    } else {
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) continue;
      text += member + json;
    }
    first = false;
  }
  return hash.update(`${text}}`).digest('hex');
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
  if (typeof raw.version !== 'string' || !SEAL_VERSIONS.includes(raw.version))
    return broken(closeMessages.sealVersion(JSON.stringify(raw.version)));
  const version = raw.version;
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
    const print = { date: item.date, journal: item.journal, piece: item.piece, fingerprint: item.fingerprint };
    if (version !== SEAL_VERSION_1) {
      if (!Array.isArray(item.rows) || fingerprintRows(print, item.rows) !== item.fingerprint)
        return broken(closeMessages.sealRows(item.journal, item.piece));
      entries.push({ ...print, rows: item.rows as CanonicalRow[] });
    } else entries.push(print);
  }
  const previousRaw = raw.previous as { year?: unknown; fingerprint?: unknown } | null | undefined;
  const previous =
    previousRaw && typeof previousRaw.year === 'number' && typeof previousRaw.fingerprint === 'string'
      ? { year: previousRaw.year, fingerprint: previousRaw.fingerprint }
      : null;
  const { integrity, ...body } = raw;
  const { fingerprint: _, ...asserted } = body;
  const fingerprint =
    version === SEAL_VERSION_1
      ? fingerprintYear(year, previous?.fingerprint ?? null, entries)
      : fingerprintOfBody(asserted);
  if (fingerprint !== raw.fingerprint)
    return broken(version === SEAL_VERSION_1 ? closeMessages.sealFingerprint() : closeMessages.sealFingerprintBody());
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
      version,
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
