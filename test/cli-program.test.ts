// A run declares only the command it names (src/cli/main.ts buildProgram, src/cli/declarations.ts):
// the command it builds must be the very command of the whole program, and what it does not name
// (the help, an unknown command) must still see every command.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { DECLARATIONS } from '../src/cli/declarations.js';
import { buildProgram } from '../src/cli/main.js';
import { NO_IO, runInProcess } from './run-asso.js';

const described = (command: Command) => ({
  names: [command.name(), ...command.aliases()],
  help: command.helpInformation(),
  options: command.options.map((option) => [option.flags, option.description, option.defaultValue]),
});

describe('the program built for one command', () => {
  for (const lang of ['fr', 'en'] as const)
    it(`declares the same command as the whole program, for every name and alias (${lang})`, () => {
      const whole = buildProgram(NO_IO, () => undefined, lang);
      expect(whole.commands.length).toBe(DECLARATIONS.length);
      for (const declaration of DECLARATIONS)
        for (const name of declaration.names) {
          const one = buildProgram(NO_IO, () => undefined, lang, ['-L', 'x', '--lang', lang, name, '--help']);
          expect(one.commands.map((command) => command.name())).toEqual([declaration.names[0]]);
          const full = whole.commands.find((command) => command.name() === declaration.names[0])!;
          expect(described(one.commands[0]!), name).toEqual(described(full));
        }
    });

  it('passes over the global options and their values: a folder named like a command is not one', () => {
    const program = buildProgram(NO_IO, () => undefined, 'fr', [
      '-L',
      'balance-sheet',
      '--year=2011',
      '-f',
      'csv',
      'check',
    ]);
    expect(program.commands.map((command) => command.name())).toEqual(['check']);
    for (const argv of [[], ['--help'], ['help', 'check'], ['balanse-sheet'], ['-L', 'x']])
      expect(buildProgram(NO_IO, () => undefined, 'fr', argv).commands.length, argv.join(' ')).toBe(
        DECLARATIONS.length,
      );
  });

  it('runs a command after the global options, and still suggests a command for a typo', async () => {
    const after = await runInProcess(['-L', 'ledgers/coorace-bn', '-y', '2011', 'bilan', '-f', 'json']);
    const before = await runInProcess(['balance-sheet', '-L', 'ledgers/coorace-bn', '-y', '2011', '-f', 'json']);
    expect(after.code).toBe(0);
    expect(after).toEqual(before);
    const typo = await runInProcess(['balanse-sheet', '-L', 'ledgers/coorace-bn']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('balance-sheet');
  });
});
