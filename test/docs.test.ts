// The reference pages made from the code cannot drift from it: each committed page is exactly
// what `npm run docs` writes (run it and commit the result when a code, command or line changes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/main.js';
import { DIAGNOSTIC_CODES } from '../src/diagnostics.js';
import { referenceDocs } from '../src/docs/reference.js';
import { NO_IO, ROOT } from './run-asso.js';

describe('docs made from the code', () => {
  for (const [path, content] of referenceDocs())
    it(`${path} is what npm run docs writes`, () => {
      expect(readFileSync(join(ROOT, path), 'utf8'), `${path} is stale: run npm run docs`).toBe(content);
    });

  it('docs/codes.md names every code with its meaning in French then English, and exit code 70', () => {
    const page = readFileSync(join(ROOT, 'docs/codes.md'), 'utf8');
    for (const c of DIAGNOSTIC_CODES) {
      const row = page.split('\n').find((line) => line.startsWith(`| \`${c.code}\` |`));
      expect(row, c.code).toBeDefined();
      expect(row!.indexOf(c.meaning.fr.slice(0, 20)), c.code).toBeLessThan(row!.indexOf(c.meaning.en.slice(0, 20)));
    }
    expect(page).toMatch(/\| 70 \| erreur interne/);
  });

  it('every description and option of the help is said in French and in English (none left untranslated)', () => {
    const fr = buildProgram(NO_IO, () => undefined, 'fr');
    const en = buildProgram(NO_IO, () => undefined, 'en');
    const texts = (program: Command) =>
      [program, ...program.commands].flatMap((command) => [
        [command.name(), command.description()],
        ...command.options.map((option) => [`${command.name()} ${option.flags}`, option.description]),
      ]);
    const english = new Map(texts(en).map(([key, value]) => [key, value]));
    const same = texts(fr).filter(([key, value]) => value === english.get(key!));
    expect(same.map(([key]) => key)).toEqual([]);
  });

  it('docs/commands.md has every command of --help, and line-ids.md every id the JSON gives', () => {
    const commands = readFileSync(join(ROOT, 'docs/commands.md'), 'utf8');
    for (const name of ['income-statement', 'balance-sheet', 'check', 'close', 'report', 'explain', 'init'])
      expect(commands).toContain(`## \`asso ${name}\``);
    const ids = readFileSync(join(ROOT, 'docs/line-ids.md'), 'utf8');
    for (const id of ['produits.cotisations', 'passif.dettes-fiscales-sociales', 'actif.creances-participations'])
      expect(ids).toContain(`| \`${id}\` |`);
  });
});
