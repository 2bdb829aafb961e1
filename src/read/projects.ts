// projects.csv (optional, in the ledger folder): one row per project of the analytic column, with
// its funder, the key that allocates the indirect charges to it, and the explanations the
// compte-rendu financier (cerfa 15059) asks for:
//   code,label,funder,key,share[,indirect_budget],objectives,results,deviations,indirect_rule,in_kind_notes
// key: none | share (a declared share, 0 to 1, of the charges without a project) | charges
// (prorata of the project's direct charges). Every problem a Diagnostic with file and line.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { error, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { subsidyMessages as m } from '../messages/subsidy.js';
import { parseCanonical, type Cents } from '../money.js';
import { normalizeName } from './columns.js';
import { isBlankRecord, readCsv } from './csv.js';

export type AllocationKey = 'none' | 'share' | 'charges';

/** The free-text columns, in the order the form asks for them. */
export const EXPLANATIONS = ['objectives', 'results', 'deviations', 'indirect_rule', 'in_kind_notes'] as const;
export type Explanation = (typeof EXPLANATIONS)[number];

export interface Project {
  readonly code: string;
  readonly label: string;
  readonly funder: string;
  readonly key: AllocationKey;
  /** The declared share in millionths (0.25 → 250000n), for the key share; 0n otherwise. */
  readonly share: bigint;
  /** The share as written, normalised to a point (0.25); '' without one. */
  readonly shareText: string;
  /** The indirect charges the budget foresees for the action (indirect_budget), when given. */
  readonly indirectBudget: Cents | null;
  readonly explanations: Readonly<Record<Explanation, string>>;
  readonly line: number;
}

/** A share is kept in millionths: 6 decimals at most. */
export const SHARE_SCALE = 1_000_000n;

const REQUIRED = ['code', 'label', 'funder', 'key', 'share'] as const;
const ALIASES: Readonly<Record<string, string>> = {
  code: 'code',
  analytic: 'code',
  projet: 'code',
  label: 'label',
  libelle: 'label',
  intitule: 'label',
  funder: 'funder',
  financeur: 'funder',
  key: 'key',
  cle: 'key',
  share: 'share',
  quotepart: 'share',
  indirectbudget: 'indirect_budget',
  budgetindirect: 'indirect_budget',
  objectives: 'objectives',
  objectifs: 'objectives',
  results: 'results',
  resultats: 'results',
  deviations: 'deviations',
  ecarts: 'deviations',
  indirectrule: 'indirect_rule',
  reglerepartition: 'indirect_rule',
  inkindnotes: 'in_kind_notes',
  contributionsnature: 'in_kind_notes',
};

export function projectsPath(dir: string): string {
  return join(dir, 'projects.csv');
}

/** A share: a decimal from 0 to 1 with at most 6 decimals (point or comma), in millionths. */
export function parseShare(textIn: string): bigint | undefined {
  const match = /^(0|1)(?:[.,](\d{1,6}))?$/.exec(textIn.trim());
  if (!match) return undefined;
  const value = BigInt(match[1]!) * SHARE_SCALE + BigInt((match[2] ?? '').padEnd(6, '0') || '0');
  return value <= SHARE_SCALE ? value : undefined;
}

/** Reads projects.csv of a ledger folder: no file, no project described (and no diagnostic). */
export function readProjects(dir: string): { projects: Map<string, Project>; diagnostics: Diagnostic[] } {
  const file = projectsPath(dir);
  const projects = new Map<string, Project>();
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(file)) return { projects, diagnostics };
  let index: Map<string, number> | undefined;
  /** The line of each code met, valid or not: a code repeated is named even when its first row failed. */
  const seen = new Map<string, number>();
  let broken = false;
  const result = readCsv(
    readFileSync(file),
    (row) => {
      if (broken || isBlankRecord(row.fields)) return;
      if (!index) {
        index = new Map();
        row.fields.forEach((name, position) => {
          const column = ALIASES[normalizeName(name).replace(/[^a-z]/g, '')];
          if (column && !index!.has(column)) index!.set(column, position);
        });
        const missing = REQUIRED.filter((column) => !index!.has(column));
        if (missing.length) {
          broken = true;
          diagnostics.push(
            error('bad-project', m.missingColumns(missing.join(', '), row.fields.join(', ')), { file, line: row.line }),
          );
        }
        return;
      }
      const cell = (column: string): string => {
        const at = index?.get(column);
        return at === undefined ? '' : (row.fields[at] ?? '').trim();
      };
      const line = row.line;
      const fail = (message: ReturnType<typeof m.emptyCode>, column: string) =>
        diagnostics.push(error('bad-project', message, { file, line, column }));
      const code = cell('code');
      const keyText = cell('key').toLowerCase() || 'none';
      const shareText = cell('share');
      let ok = true;
      if (!code) {
        fail(m.emptyCode(), 'code');
        ok = false;
      } else if (seen.has(code)) {
        fail(m.duplicateCode(code, seen.get(code)!), 'code');
        ok = false;
      } else seen.set(code, line);
      const key = (['none', 'share', 'charges'] as const).find((known) => known === keyText);
      if (!key) {
        fail(m.badKey(cell('key')), 'key');
        ok = false;
      }
      let share = 0n;
      if (key === 'share') {
        if (!shareText) {
          fail(m.shareRequired(), 'share');
          ok = false;
        } else {
          const parsed = parseShare(shareText);
          if (parsed === undefined) {
            fail(m.badShare(shareText), 'share');
            ok = false;
          } else share = parsed;
        }
      } else if (key && shareText) {
        fail(m.shareWithoutKey(key), 'share');
        ok = false;
      }
      const budgetText = cell('indirect_budget');
      const indirectBudget =
        budgetText === '' ? null : parseCanonical(budgetText.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.'));
      if (budgetText !== '' && (indirectBudget === null || indirectBudget < 0n)) {
        fail(m.badIndirectBudget(budgetText), 'indirect_budget');
        ok = false;
      }
      if (!ok || !key) return;
      projects.set(code, {
        code,
        label: cell('label'),
        funder: cell('funder'),
        key,
        share,
        shareText: key === 'share' ? shareText.replace(',', '.') : '',
        indirectBudget,
        explanations: Object.fromEntries(EXPLANATIONS.map((name) => [name, cell(name)])) as Record<Explanation, string>,
        line,
      });
    },
    (problem) => diagnostics.push(error('bad-project', problem.message, { file, line: problem.line })),
  );
  if ('problem' in result)
    diagnostics.push(error('bad-project', result.problem.message, { file, line: result.problem.line }));
  const total = [...projects.values()].reduce((sum, project) => sum + project.share, 0n);
  if (total > SHARE_SCALE)
    diagnostics.push(error('project-shares-over-one', m.sharesOverOne(shareString(total)), { file }));
  return { projects, diagnostics: sortDiagnostics(diagnostics) };
}

/** Millionths as a decimal string without trailing zeros (250000n → 0.25). */
export function shareString(millionths: bigint): string {
  const whole = millionths / SHARE_SCALE;
  const fraction = (millionths % SHARE_SCALE).toString().padStart(6, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}
