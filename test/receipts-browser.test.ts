// The tax receipts in a real browser (Debian's chromium through playwright-core, as the report):
// printed, each receipt is one A4 page; on screen, nothing is wider than the page and the amount
// in words is shown. Skipped, and said, when /usr/bin/chromium is missing (.ci/run installs it).
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runAsso } from './run-asso.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available)
  process.stderr.write(
    `\n  ⚠ receipts-browser.test.ts SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium)\n\n`,
  );

describe.skipIf(!available)('the tax receipts in headless Chromium', () => {
  it('prints one A4 page a receipt, the amount in words on each', async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'asso-receipts-browser-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const ledger = join(dir, 'ledger');
      cpSync(join(ROOT, 'fixtures', 'receipts'), ledger, { recursive: true });
      const run = await runAsso(['recus', '-L', ledger, '--year', '2025', '-f', 'html'], {
        env: { SOURCE_DATE_EPOCH: '1767225600' },
      });
      expect(run.code).toBe(0);
      const file = join(dir, 'recus.html');
      writeFileSync(file, run.stdout);
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pathToFileURL(file).href);
      expect(requests).toEqual([pathToFileURL(file).href]);
      const receipts = page.locator('article.receipt');
      expect(await receipts.count()).toBe(3);
      expect(await page.locator('.words').allTextContents()).toEqual([
        'quatre-vingts euros',
        'deux cent quarante euros et cinquante centimes',
        'cent vingt euros',
      ]);
      const widest = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(widest).toBeLessThanOrEqual(794);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length).toBe(3);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
