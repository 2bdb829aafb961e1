// Standard output and error written straight to their descriptor (src/cli/fd-output.ts): every
// byte, in order, whatever its size; a terminal told apart from /dev/null and files.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fdOutput, isTerminal } from '../src/cli/fd-output.js';

const scratch = mkdtempSync(join(tmpdir(), 'asso-fd-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('writing to a descriptor', () => {
  it('writes every byte of text and bytes, in order, large or small', () => {
    const file = join(scratch, 'out.txt');
    const fd = openSync(file, 'w');
    const output = fdOutput(fd, () => {
      throw new Error('a file is never closed under the writer');
    });
    const big = `Écritures — ${'é€😀 ligne\n'.repeat(200_000)}`;
    expect(output.write('début\n')).toBe(true);
    expect(output.write(big)).toBe(true);
    expect(output.write(Buffer.from('fin\n'))).toBe(true);
    closeSync(fd);
    expect(readFileSync(file, 'utf8')).toBe(`début\n${big}fin\n`);
    expect(output.isTTY).toBe(false);
  });

  it('writes text of every kind as Buffer.from encodes it, lone surrogates included', () => {
    const file = join(scratch, 'kinds.txt');
    const fd = openSync(file, 'w');
    const output = fdOutput(fd, () => {
      throw new Error('a file is never closed under the writer');
    });
    const texts = ['', 'a', '\ud800', 'x\udfffy', '😀'.repeat(40_000), `${'│ é '.repeat(30_000)}\ud83d`, 'ok'];
    for (const text of texts) output.write(text);
    closeSync(fd);
    expect(readFileSync(file)).toEqual(Buffer.concat(texts.map((text) => Buffer.from(text, 'utf8'))));
  });

  it('tells a file and /dev/null from a terminal', () => {
    const file = openSync(join(scratch, 'x'), 'w');
    const nul = openSync('/dev/null', 'w');
    expect(isTerminal(file)).toBe(false);
    expect(isTerminal(nul)).toBe(false);
    closeSync(file);
    closeSync(nul);
    expect(isTerminal(999)).toBe(false);
  });
});
