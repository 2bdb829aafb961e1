// asso.json → the ledger's settings, validated entirely: every field's type, `journals` names as
// text, `firstYear` real dates, `fiscalYearStart` MM-DD; one diagnostic per problem, unknown keys
// warned (a misspelt key would otherwise be ignored without a word).
import { readFileSync } from 'node:fs';
import { BUILTIN_REFERENCES as REFERENCES } from '../chart/chart.js';
import { error, warning, type Diagnostic } from '../diagnostics.js';
import { sirenProblem } from './siren.js';
import type { FiscalCalendar } from '../fiscal.js';
import { readMessages } from '../messages/read.js';
import { isRealDate } from '../date.js';
import { whyUnreadable } from './text.js';
import { isAcceptedYear } from './years.js';

export interface LedgerConfig {
  readonly name: string;
  readonly currency: string;
  readonly siren?: string;
  readonly calendar: FiscalCalendar;
  readonly journals: Readonly<Record<string, string>>;
  readonly reference?: string;
  /** Bank accounts and the IBAN or account number that names each (`asso import bank`). */
  readonly banks: Readonly<Record<string, { readonly iban?: string; readonly number?: string }>>;
}

export const DEFAULT_JOURNALS: Readonly<Record<string, string>> = {
  AN: 'À-nouveaux',
  BQ: 'Banque',
  CA: 'Caisse',
  AC: 'Achats',
  VT: 'Ventes',
  OD: 'Opérations diverses',
  EX: 'Extournes',
};

// banks: `asso import bank`; receipts: `asso recus` (read and checked by that command).
const KNOWN_KEYS = [
  'name',
  'currency',
  'siren',
  'fiscalYearStart',
  'firstYear',
  'journals',
  'reference',
  'banks',
  'receipts',
];

export function readConfig(file: string, diagnostics: Diagnostic[]): LedgerConfig | undefined {
  const where = { file, line: 1 };
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (thrown) {
    diagnostics.push(
      (thrown as NodeJS.ErrnoException).code === 'ENOENT'
        ? error('config', readMessages.noConfig(), where)
        : error('config', readMessages.unreadableConfig(whyUnreadable(thrown)), where),
    );
    return undefined;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (thrown) {
    diagnostics.push(error('config', readMessages.configNotJson((thrown as Error).message), where));
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    diagnostics.push(error('config', readMessages.configNotObject(), where));
    return undefined;
  }
  const value = raw as Record<string, unknown>;
  const problems: Diagnostic[] = [];
  const fail = (message: Parameters<typeof error>[1]) => problems.push(error('config', message, where));

  for (const key of ['name', 'siren'] as const)
    if (value[key] !== undefined && typeof value[key] !== 'string') fail(readMessages.configString(key));
  const start = value.fiscalYearStart === undefined ? '01-01' : value.fiscalYearStart;
  const startMatch = typeof start === 'string' ? /^(\d{2})-(\d{2})$/.exec(start) : null;
  if (!startMatch || !isRealDate(2001, +startMatch[1]!, +startMatch[2]!))
    fail(readMessages.configFiscalYearStart(JSON.stringify(start)));
  if (value.currency !== undefined && value.currency !== 'EUR') fail(readMessages.configCurrency());
  const firstYear = readFirstYear(value.firstYear, fail);
  const journals = value.journals ?? {};
  if (typeof journals !== 'object' || journals === null || Array.isArray(journals))
    fail(readMessages.configJournals(''));
  else
    for (const [code, name] of Object.entries(journals))
      if (typeof name !== 'string' || name.trim() === '') fail(readMessages.configJournals(code));
  if (value.reference !== undefined && !REFERENCES.includes(value.reference as string))
    fail(readMessages.configReference(REFERENCES.map((r) => `"${r}"`).join(', ')));
  const banks: Record<string, { iban?: string; number?: string }> = {};
  if (value.banks !== undefined) {
    if (typeof value.banks !== 'object' || value.banks === null || Array.isArray(value.banks))
      fail(readMessages.configBanks());
    else
      for (const [account, bank] of Object.entries(value.banks as Record<string, unknown>)) {
        const { iban, number } = (bank ?? {}) as { iban?: unknown; number?: unknown };
        if (
          !/^\d{3,}$/.test(account) ||
          (iban !== undefined && typeof iban !== 'string') ||
          (number !== undefined && typeof number !== 'string')
        )
          fail(readMessages.configBank(account));
        else banks[account] = { ...(iban ? { iban } : {}), ...(number ? { number } : {}) };
      }
  }
  for (const key of Object.keys(value))
    if (!KNOWN_KEYS.includes(key))
      diagnostics.push(warning('config', readMessages.configUnknownKey(key, KNOWN_KEYS.join(', ')), where));
  diagnostics.push(...problems);
  if (problems.length) return undefined;
  const siren = typeof value.siren === 'string' ? sirenProblem(value.siren) : undefined;
  if (siren) diagnostics.push(warning('bad-siren', siren, where));
  return {
    name: (value.name as string | undefined) ?? '',
    currency: 'EUR',
    siren: value.siren as string | undefined,
    calendar: { start: start as string, firstYear },
    journals: { ...DEFAULT_JOURNALS, ...(journals as Record<string, string>) },
    reference: value.reference as string | undefined,
    banks,
  };
}

/** A first fiscal year of other than twelve months: two real dates in the years accepted, the start first. */
function readFirstYear(
  value: unknown,
  fail: (message: ReturnType<typeof readMessages.configFirstYear>) => void,
): FiscalCalendar['firstYear'] {
  if (value === undefined) return undefined;
  const first = (typeof value === 'object' && value !== null ? value : {}) as { start?: unknown; end?: unknown };
  const date = (part: unknown): boolean => {
    const match = typeof part === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(part) : null;
    return match !== null && isAcceptedYear(+match[1]!) && isRealDate(+match[1]!, +match[2]!, +match[3]!);
  };
  if (!date(first.start)) fail(readMessages.configFirstYear(`"start": ${JSON.stringify(first.start) ?? '—'}`));
  else if (!date(first.end)) fail(readMessages.configFirstYear(`"end": ${JSON.stringify(first.end) ?? '—'}`));
  else if (!((first.start as string) < (first.end as string)))
    fail(readMessages.configFirstYear(`${first.start} → ${first.end}`));
  else return { start: first.start as string, end: first.end as string };
  return undefined;
}
