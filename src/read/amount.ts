// Amount cells → cents. The decimal mark is settled once per file and never guessed line by line.
import { readMessages } from '../messages/read.js';
import type { Text } from '../messages/text.js';
import type { DiagnosticCode } from '../diagnostics.js';
import type { Cents } from '../money.js';

export type DecimalMark = '.' | ',';

/** The decimal mark a cell settles, if it has one separator followed by one or two digits at its end. */
export function settlingMark(cell: string): DecimalMark | undefined {
  const core = stripDecorations(cell);
  const match = /^-?\d[\d \u00a0\u202f]*([.,])(\d{1,2})$/.exec(core);
  if (!match) return undefined;
  const separators = core.replace(/[^.,]/g, '');
  return separators.length === 1 ? (match[1] as DecimalMark) : undefined;
}

function stripDecorations(cell: string): string {
  let core = cell.trim();
  if (core.includes('€'))
    core = core
      .replace(/^([-+]?)\s*€\s*/, '$1')
      .replace(/\s*€$/, '')
      .trim();
  // An explicit plus sign, as bank exports write credits ("+12,50").
  return core.charCodeAt(0) === 43 && /^\+\d/.test(core) ? core.slice(1) : core;
}

export type ParsedAmount = { ok: true; cents: Cents } | { ok: false; message: Text; code: DiagnosticCode };

/** Parses an amount cell with the file's decimal mark. An empty cell is zero. */
export function parseAmount(cell: string, mark: DecimalMark): ParsedAmount {
  const core = stripDecorations(cell);
  if (core === '') return { ok: true, cents: 0n };
  const other = mark === '.' ? ',' : '.';
  const match = /^(-?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d*))?$/.exec(core);
  if (!match) {
    if (/^-?[\d \u00a0\u202f]*[.,][\d \u00a0\u202f.,]*$/.test(core) && /\d/.test(core)) {
      const both = core.includes('.') && core.includes(',');
      return {
        ok: false,
        code: 'bad-amount',
        message: readMessages.amountWrongMark(cell, mark, both),
      };
    }
    return {
      ok: false,
      code: 'bad-amount',
      message: readMessages.amountNotANumber(cell, mark),
    };
  }
  if (match[3] !== undefined && core.includes(other)) {
    return {
      ok: false,
      code: 'decimal-mark',
      message: readMessages.amountOtherMark(cell, other, mark, core.replace(other, mark)),
    };
  }
  const decimals = match[3] ?? '';
  if (decimals.length > 2)
    return {
      ok: false,
      code: 'too-many-decimals',
      message: readMessages.tooManyDecimals(cell),
    };
  if (match[3] !== undefined && decimals.length === 0)
    return { ok: false, code: 'bad-amount', message: readMessages.markWithoutDigits(cell) };
  const cents = BigInt(match[2]!.replace(/[ \u00a0\u202f]/g, '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  return { ok: true, cents: match[1] ? -cents : cents };
}
