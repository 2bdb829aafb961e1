// The attacks of issue 13 on the reader, each a test: stray quotes that swallow rows, duplicate
// and unnamed columns, a stray Windows-1252 byte, a FIFO or a broken link in journal/, long
// lines and CR-only files, a malformed asso.json, impossible years and times, and messages that
// must point the right way. Every journal is read three ways (the chunked reader with its fast
// path, the reference reader, the scan cut in two), which must say the same.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGlobalOptions } from '../src/cli/options.js';
import type { Diagnostic } from '../src/diagnostics.js';
import { say } from '../src/messages/text.js';
import { scanLedger } from '../src/post/books.js';
import { streamCsvFile } from '../src/read/csv-stream.js';
import { parseDate } from '../src/date.js';
import { readJournalFile } from '../src/read/journal.js';
import type { JournalRow } from '../src/read/row.js';
import { readLedgerFolder } from '../src/read/ledger-folder.js';
import { MAX_YEAR, MIN_YEAR } from '../src/read/years.js';
import { ROOT } from './run-asso.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { scanLedgerInParallel as parallelScan } from '../dist/post/parallel-scan.js';
// @ts-expect-error: compiled JavaScript, no declarations next to it
import { readLedgerFolder as builtFolder } from '../dist/read/ledger-folder.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const HEADER = 'date,journal,piece,account,label,debit,credit';

function ledger(journals: Record<string, string | Uint8Array>, config: unknown = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'asso-attacks-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'journal'));
  writeFileSync(
    join(dir, 'asso.json'),
    typeof config === 'string'
      ? config
      : JSON.stringify({ name: 'Attaque', currency: 'EUR', fiscalYearStart: '01-01', ...(config as object) }),
  );
  writeFileSync(join(dir, 'accounts.csv'), 'number,label\n512100,Banque\n756000,Cotisations\n606100,Fournitures\n');
  for (const [name, content] of Object.entries(journals)) writeFileSync(join(dir, 'journal', name), content);
  return dir;
}

const said = (d: Diagnostic) => `${d.severity}:${d.code}:${d.line}:${say(d.message, 'en')}`;

/** The ledger read as `check` reads it, in one piece. */
function check(dir: string): { diagnostics: Diagnostic[]; posted: number } {
  const read = readLedgerFolder(dir);
  if (!read.folder) return { diagnostics: read.diagnostics, posted: 0 };
  let posted = 0;
  const { diagnostics } = scanLedger(read.folder, { onEntry: (entry) => (posted += entry.postings.length) });
  return { diagnostics: [...read.diagnostics, ...diagnostics], posted };
}

/** One journal file read by the chunked reader (tiny chunks and the default) and the reference reader: the same rows and problems. */
function readThreeWays(dir: string, name: string): { rows: JournalRow[]; problems: string[] } {
  const read = readLedgerFolder(dir);
  const file = join(dir, 'journal', name);
  const once = (options: Parameters<typeof readJournalFile>[4]) => {
    const rows: JournalRow[] = [];
    const problems: Diagnostic[] = [];
    readJournalFile(
      file,
      read.folder!.chart,
      (row) => rows.push(row),
      (d) => problems.push(d),
      options,
    );
    return { rows, problems: problems.map(said).sort() };
  };
  const fast = once({});
  expect(once({ chunkSize: 16 }).problems).toEqual(fast.problems);
  const reference = once({ reference: true });
  expect(reference.problems).toEqual(fast.problems);
  expect(reference.rows.map((r) => [r.line, r.account, r.debit, r.credit, r.valid])).toEqual(
    fast.rows.map((r) => [r.line, r.account, r.debit, r.credit, r.valid]),
  );
  return fast;
}

describe('1. stray quotes never swallow rows silently', () => {
  const swallowing = [
    HEADER,
    '2024-01-15,OD,1,512100,"Cotisation Dupont,100.00,',
    '2024-01-15,OD,1,756000,Cotisation Dupont,,100.00',
    '2024-01-16,OD,2,606100,Achat,20.00,',
    '2024-01-16,OD,2,512100,"Achat",,20.00',
    '2024-01-17,OD,3,606100,Achat,30.00,',
    '2024-01-17,OD,3,512100,Achat,,30.00',
    '',
  ];

  it('a quote that runs over lines reading as whole rows is an error on the line where it opened', () => {
    for (const eol of ['\n', '\r\n']) {
      const dir = ledger({ '2024.csv': swallowing.join(eol) });
      const { problems, rows } = readThreeWays(dir, '2024.csv');
      expect(problems.filter((p) => p.startsWith('error:unclosed-quote:2:'))).toHaveLength(1);
      // The rows after it are read as rows, each on its own line.
      expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7]);
      expect(check(dir).diagnostics.some((d) => d.code === 'unclosed-quote' && d.line === 2)).toBe(true);
    }
  });

  it('twenty thousand... every line with an unclosed quote is named, not reported as one-row entries', () => {
    const lines = [HEADER];
    for (let i = 1; i <= 200; i += 1)
      lines.push(
        `2024-01-15,OD,${i},512100,"Cotisation ${i},10.00,`,
        `2024-01-15,OD,${i},756000,Cotisation ${i},,10.00`,
      );
    const dir = ledger({ '2024.csv': `${lines.join('\n')}\n` });
    const { problems } = readThreeWays(dir, '2024.csv');
    expect(problems.filter((p) => p.includes(':unclosed-quote:'))).toHaveLength(200);
    expect(check(dir).diagnostics.filter((d) => d.code === 'one-row-entry')).toEqual([]);
  });

  it('multi-line quoted labels (Crédit Agricole) stay accepted', () => {
    const dir = ledger({
      '2024.csv': `${HEADER}\n2024-01-15,BQ,1,512100,"PRLV SEPA\nEDF\nREF 2024-01-15 1234",,50.00\n2024-01-15,BQ,1,606100,"EDF\n2024-01-15",50.00,\n`,
    });
    expect(readThreeWays(dir, '2024.csv').problems).toEqual([]);
    expect(check(dir)).toEqual({ diagnostics: [], posted: 2 });
  });

  it('a CRLF file with LF-only lines says it mixes line ends, not "this row has 13 fields"', () => {
    const dir = ledger({
      '2024.csv': `${HEADER}\r\n2024-01-15,BQ,1,512100,Cotisation,,50.00\n2024-01-15,BQ,1,756000,Cotisation,50.00,\r\n`,
    });
    const { problems } = readThreeWays(dir, '2024.csv');
    expect(problems.join('\n')).toMatch(/line end/);
  });
});

describe('2. duplicate and unnamed columns', () => {
  it('a header naming a column twice is refused', () => {
    for (const header of [
      'date,journal,piece,account,label,debit,credit,debit',
      'Date,Journal,Pièce,Compte,Libellé,Débit,Crédit,Crédit',
      'date,journal,piece,account,compte,label,debit,credit',
    ]) {
      const dir = ledger({ '2024.csv': `${header}\n2024-01-15,BQ,1,512100,Cotisation,,50.00,50.00\n` });
      const { diagnostics } = check(dir);
      expect(diagnostics.map((d) => [d.code, d.line])).toContainEqual(['duplicate-column', 1]);
    }
  });

  it('a value under an unnamed column is refused', () => {
    const dir = ledger({
      '2024.csv': `${HEADER},\n2024-01-15,BQ,1,512100,Cotisation,,50.00,50.00\n2024-01-15,BQ,1,756000,Cotisation,50.00,,\n`,
    });
    const { problems } = readThreeWays(dir, '2024.csv');
    expect(problems.filter((p) => p.includes(':unnamed-column:2:'))).toHaveLength(1);
    expect(problems.filter((p) => p.includes(':unnamed-column:3:'))).toHaveLength(0);
  });
});

describe('3. one Windows-1252 byte in a UTF-8 file', () => {
  it('reads the file as UTF-8, the stray byte as Windows-1252, with a warning naming its line', () => {
    const text = `${HEADER}\n2024-01-15,BQ,1,512100,Cotisation été,,50.00\n2024-01-15,BQ,1,756000,Cotisation \u00e9t\u00e9,50.00,\n`;
    const bytes = Buffer.from(text, 'utf8');
    const stray = bytes.lastIndexOf(0xc3);
    const mixed = Buffer.concat([bytes.subarray(0, stray), Buffer.from([0xe9]), bytes.subarray(stray + 2)]);
    const dir = ledger({ '2024.csv': mixed });
    const { rows, problems } = readThreeWays(dir, '2024.csv');
    expect(rows.map((r) => r.label)).toEqual(['Cotisation été', 'Cotisation été']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^warning:mixed-encoding:3:/);
  });
});

describe('12, 15. what is not a regular file in journal/', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
      throw new Error('dist/ is missing: run `npm run build` first');
  });

  it('a FIFO named x.csv is reported, not waited on forever', () => {
    const dir = ledger({ '2024.csv': `${HEADER}\n2024-01-15,BQ,1,512100,C,,50.00\n2024-01-15,BQ,1,756000,C,50.00,\n` });
    execFileSync('mkfifo', [join(dir, 'journal', 'x.csv')]);
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'asso.js'), 'check', '-L', dir], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, ASSO_LEDGER: undefined },
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/x\.csv:1: .*\[not-a-file\]/);
  }, 30_000);

  it('a link loop or a dangling link: the threaded and the single-threaded scan say the same', () => {
    const dir = ledger({ '2024.csv': `${HEADER}\n2024-01-15,BQ,1,512100,C,,50.00\n2024-01-15,BQ,1,756000,C,50.00,\n` });
    symlinkSync('loop.csv', join(dir, 'journal', 'loop.csv'));
    symlinkSync('nowhere', join(dir, 'journal', 'dangling.csv'));
    const one = check(dir).diagnostics.map(said).sort();
    expect(one.filter((d) => d.includes(':unreadable-file:'))).toHaveLength(2);
    const folder = builtFolder(dir);
    const threaded = parallelScan(folder.folder, { threshold: 1 });
    expect([...folder.diagnostics, ...threaded.diagnostics].map(said).sort()).toEqual(one);
  });

  it('two stray quotes around the cut: the threaded scan reports what the scan in one piece reports', () => {
    const lines = [HEADER];
    for (let i = 1; i <= 400; i += 1) {
      const label = i === 150 ? '"Cotisation' : i === 250 ? '"Achat"' : 'Cotisation';
      lines.push(`2024-01-15,OD,${i},512100,${label},10.00,`, `2024-01-15,OD,${i},756000,Cotisation,,10.00`);
    }
    const dir = ledger({ '2024.csv': `${lines.join('\n')}\n` });
    const one = check(dir).diagnostics.map(said).sort();
    expect(one.some((d) => d.includes(':unclosed-quote:'))).toBe(true);
    const folder = builtFolder(dir);
    const threaded = parallelScan(folder.folder, { threshold: 1 });
    expect([...folder.diagnostics, ...threaded.diagnostics].map(said).sort()).toEqual(one);
  });

  it('an unreadable journal/ folder is named, with no raw errno', () => {
    const dir = ledger({});
    rmSync(join(dir, 'journal'), { recursive: true });
    symlinkSync('journal', join(dir, 'journal'));
    const { diagnostics } = check(dir);
    expect(diagnostics.map((d) => d.code)).toContain('unreadable-file');
    expect(diagnostics.map((d) => say(d.message, 'en')).join('\n')).not.toMatch(/ELOOP|EACCES|errno/);
  });
});

describe('13. long lines and CR-only files', () => {
  const timed = (dir: string): number => {
    const start = performance.now();
    check(dir);
    return performance.now() - start;
  };
  it('reading time is linear in the length of a line', () => {
    const longLine = (size: number) =>
      ledger({
        '2024.csv': `${HEADER}\n2024-01-15,BQ,1,512100,${'x'.repeat(size)},,50.00\n2024-01-15,BQ,1,756000,C,50.00,\n`,
      });
    const small = longLine(1 << 20);
    const large = longLine(8 << 20);
    timed(small);
    const ratio = timed(large) / timed(small);
    expect(ratio).toBeLessThan(24); // 8 times longer: about 8 times slower, not 64
  }, 60_000);

  it('a CR-only file is read as it streams, not whole', () => {
    const rows = [HEADER];
    for (let i = 1; i <= 20_000; i += 1)
      rows.push(`2024-01-15,BQ,${i},512100,Cotisation,,50.00`, `2024-01-15,BQ,${i},756000,Cotisation,50.00,`);
    const dir = ledger({ '2024.csv': `${rows.join('\r')}\r` });
    const file = join(dir, 'journal', '2024.csv');
    let records = 0;
    // Once the header is handed on, the file loses all but its first 100 KB: a reader that read it whole still has it all.
    const seen = (): void => {
      if (records++ === 0) truncateSync(file, 100_000);
    };
    streamCsvFile(file, {
      record: seen,
      problem: () => {},
      fast: () => {
        seen();
        return true;
      },
    });
    expect(records).toBeGreaterThan(100);
    expect(records).toBeLessThan(20_000);
  });
});

describe('14. asso.json is validated entirely', () => {
  const problems = (config: unknown) => readLedgerFolder(ledger({}, config)).diagnostics;
  it('journals hold strings', () => {
    const found = problems({ journals: { BQ: 42, OD: 'Opérations' } });
    expect(found.map((d) => [d.severity, d.code])).toEqual([['error', 'config']]);
    expect(say(found[0]!.message, 'en')).toMatch(/BQ/);
  });
  it('firstYear holds real dates', () => {
    expect(problems({ firstYear: { start: '2024-13-45', end: '2025-06-30' } }).map((d) => d.code)).toEqual(['config']);
  });
  it('every field has its type, one problem each; unknown keys are warned', () => {
    const found = problems({ name: 3, siren: 12, fiscalYearStart: '1-1', currency: 'USD', colour: 'bleu' });
    expect(found.map((d) => [d.severity, d.code]).sort()).toEqual([
      ['error', 'config'],
      ['error', 'config'],
      ['error', 'config'],
      ['error', 'config'],
      ['warning', 'config'],
    ]);
  });
  it('asso.json that is not an object, and one that cannot be read', () => {
    expect(problems('[1, 2]').map((d) => d.code)).toEqual(['config']);
    const dir = ledger({});
    rmSync(join(dir, 'asso.json'));
    mkdirSync(join(dir, 'asso.json'));
    const found = readLedgerFolder(dir).diagnostics;
    expect(found.map((d) => d.code)).toEqual(['config']);
    expect(say(found[0]!.message, 'en')).toMatch(/cannot be read/);
    expect(say(found[0]!.message, 'en')).not.toMatch(/JSON|EISDIR/);
  });
});

describe('16, 17. years and times', () => {
  it(`one bound for years: ${MIN_YEAR}–${MAX_YEAR}`, () => {
    expect(parseDate('0000-01-01').ok).toBe(false);
    expect(parseDate('10000101').ok).toBe(false);
    expect(parseDate('01/01/2200').ok).toBe(false);
    expect(parseDate('1899-12-31').ok).toBe(false);
    expect(parseDate('1900-01-01').ok).toBe(true);
    expect(parseDate('2199-12-31').ok).toBe(true);
    const dir = ledger({ '2024.csv': `${HEADER}\n0000-01-15,BQ,1,512100,C,,50.00\n0000-01-15,BQ,1,756000,C,50.00,\n` });
    expect(readThreeWays(dir, '2024.csv').problems.filter((p) => p.includes(':bad-date:'))).toHaveLength(2);
    const year = (y: string) => () =>
      parseGlobalOptions(
        { year: y },
        { env: {}, cwd: ROOT, stdin: process.stdin, stdout: { write: () => true }, stderr: { write: () => true } },
      );
    expect(year('0')).toThrow(/1900/);
    expect(year('2200')).toThrow(/2199/);
    expect(year('2024')).not.toThrow();
  });

  it('impossible times are refused', () => {
    expect(parseDate('2024-01-15 99:99').ok).toBe(false);
    expect(parseDate('2024-01-15T25:61:61').ok).toBe(false);
    expect(parseDate('15/01/2024 24:00').ok).toBe(false);
    expect(parseDate('15/01/2024 23:59:59')).toEqual({ ok: true, date: '2024-01-15' });
    expect(parseDate('2024-01-15T00:00:00.000')).toEqual({ ok: true, date: '2024-01-15' });
  });
});

describe('messages that point the right way', () => {
  it('a UTF-16 journal is said to be UTF-16, with how to save it as UTF-8', () => {
    const text = `${HEADER}\r\n2024-01-15,BQ,1,512100,C,,50.00\r\n`;
    const dir = ledger({ '2024.csv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    const found = check(dir).diagnostics;
    expect(found).toHaveLength(1);
    expect(say(found[0]!.message, 'en')).toMatch(/UTF-16.*UTF-8/);
    expect(say(found[0]!.message, 'fr')).toMatch(/UTF-16.*UTF-8/);
  });

  it('one amount with a point in a decimal-comma file: the odd one is blamed, not the others', () => {
    const lines = ['JournalCode|EcritureDate|CompteNum|PieceRef|EcritureLib|Debit|Credit|EcritureNum'];
    lines.push('BQ|20240115|512100|1|Cotisation|5000.00||1', 'BQ|20240115|756000|1|Cotisation||5000.00|1');
    for (let i = 2; i <= 50; i += 1)
      lines.push(`BQ|20240115|512100|${i}|Cotisation|12,50||${i}`, `BQ|20240115|756000|${i}|Cotisation||12,50|${i}`);
    const dir = ledger({ '2024.csv': `${lines.join('\n')}\n` });
    const found = check(dir).diagnostics.filter((d) => d.code === 'decimal-mark');
    expect(found.map((d) => d.line)).toEqual([2, 3]);
  });
});
