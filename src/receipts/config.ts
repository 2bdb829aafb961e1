// asso.json "receipts": what a receipt says of the association, and which accounts are gifts.
import { readFileSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics.js';
import { receiptMessages as m } from '../messages/receipts.js';
import { DEFAULT_ELIGIBLE } from './gifts.js';

export interface ReceiptsConfig {
  /** Eligible account prefixes (default 7541, 7561). */
  readonly accounts: readonly string[];
  /** The association's object, as its statutes say it. */
  readonly object: string;
  /** Its status under article 200 of the CGI (e.g. "Œuvre ou organisme d'intérêt général"). */
  readonly status: string;
  readonly address: string;
  readonly postcode: string;
  readonly city: string;
  readonly signatory: { readonly name: string; readonly title: string };
  /** The CGI articles the gifts fall under (200, 238 bis, 978): default 200. */
  readonly articles: readonly string[];
  /** Where the receipts are signed ("Fait à …"): default the city. */
  readonly place: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export function readReceiptsConfig(file: string): { config?: ReceiptsConfig; diagnostics: Diagnostic[] } {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // asso.json itself is checked when the ledger is read: nothing more to say here.
    return { diagnostics: [] };
  }
  const block = raw.receipts;
  if (block === undefined || block === null || typeof block !== 'object' || Array.isArray(block))
    return { diagnostics: [error('receipts-config', m.noConfig(), { file, line: 1 })] };
  const value = block as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['object', 'status', 'address', 'postcode', 'city'] as const)
    if (!isText(value[field])) problems.push(field);
  const signatory = value.signatory as { name?: unknown; title?: unknown } | string | undefined;
  const signer =
    typeof signatory === 'string'
      ? { name: signatory, title: '' }
      : { name: signatory?.name, title: signatory?.title ?? '' };
  if (!isText(signer.name) || typeof signer.title !== 'string') problems.push('signatory');
  const accounts = value.accounts ?? [...DEFAULT_ELIGIBLE];
  if (!Array.isArray(accounts) || !accounts.length || !accounts.every((a) => typeof a === 'string' && /^7\d+$/.test(a)))
    problems.push('accounts');
  const articles = value.articles ?? ['200'];
  if (!Array.isArray(articles) || !articles.every((a) => ['200', '238 bis', '978'].includes(a as string)))
    problems.push('articles');
  if (problems.length)
    return { diagnostics: problems.map((field) => error('receipts-config', m.badConfig(field), { file, line: 1 })) };
  return {
    config: {
      accounts: accounts as string[],
      object: (value.object as string).trim(),
      status: (value.status as string).trim(),
      address: (value.address as string).trim(),
      postcode: (value.postcode as string).trim(),
      city: (value.city as string).trim(),
      signatory: { name: (signer.name as string).trim(), title: (signer.title as string).trim() },
      articles: articles as string[],
      place: isText(value.place) ? value.place.trim() : (value.city as string).trim(),
    },
    diagnostics: [],
  };
}
