// The HTML report in a real browser: Debian's chromium, driven by playwright-core (which never
// downloads a browser). Renders the seed's report and checks what a reader sees: both statements,
// the 54 744 € totals, the charts drawn with a size, nothing wider than an A4 page (794 px at
// 96 dpi), a print of several A4 pages; saves a screenshot of the first page to docs/.
// Without /usr/bin/chromium the test is skipped, and says so (`.ci/run` installs it).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runBuilt, runInProcess } from './run-asso.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const A4_WIDTH = 794;
const A4_HEIGHT = 1123;
const NNBSP = '\u202f';
const available = existsSync(CHROMIUM);

if (!available) {
  process.stderr.write(
    `\n  ⚠ report-browser.test.ts SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium, as .ci/run does)\n\n`,
  );
}

async function reportHtml(extra: readonly string[] = []): Promise<string> {
  const run = await runInProcess(['report', '-L', 'ledgers/coorace-bn', '-y', '2011', '-f', 'html', ...extra]);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe.skipIf(!available)(`the HTML report in headless Chromium (${CHROMIUM})`, () => {
  it('shows both statements, the 54 744 € totals, sized charts, no overflow at A4 width; screenshot of page 1', async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'asso-browser-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const file = join(dir, 'rapport-2011.html');
      writeFileSync(file, await reportHtml());
      const page = await browser.newPage({ viewport: { width: A4_WIDTH, height: A4_HEIGHT } });
      // Self-contained: any request other than the page itself fails the test.
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url() !== pathToFileURL(file).href) requests.push(request.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(requests).toEqual([]);

      // The two statements, as a reader sees them.
      const statement = page.locator('#income-statement');
      await expect(statement.locator('h2').innerText()).resolves.toBe('Compte de résultat 2011');
      await expect(statement.locator('tr.total', { hasText: 'Excédent ou déficit' }).innerText()).resolves.toMatch(
        new RegExp(`1${NNBSP}436`),
      );
      const sheet = page.locator('#balance-sheet');
      await expect(sheet.locator('h2').innerText()).resolves.toBe('Bilan 2011');
      const assetsTotal = await sheet.locator('#assets-table tr.total').innerText();
      const liabilitiesTotal = await sheet.locator('#liabilities-table tr.total').innerText();
      expect(assetsTotal).toMatch(new RegExp(`54${NNBSP}744\\s+49${NNBSP}981`));
      expect(liabilitiesTotal).toMatch(new RegExp(`54${NNBSP}744\\s+49${NNBSP}981`));
      await expect(sheet.locator('.check').innerText()).resolves.toContain(
        `total actif = total passif = 54${NNBSP}744 €`,
      );
      await expect(page.locator('.cards').innerText()).resolves.toMatch(
        new RegExp(`1${NNBSP}436\\s€[\\s\\S]*41${NNBSP}610\\s€[\\s\\S]*38${NNBSP}087\\s€[\\s\\S]*41${NNBSP}703\\s€`),
      );

      // The charts: present, drawn, with a size and bars.
      for (const id of ['chart-income', 'chart-expenses', 'chart-years', 'chart-budget']) {
        const chart = page.locator(`svg#${id}`);
        const box = await chart.boundingBox();
        expect(box, id).not.toBeNull();
        expect(box!.width, id).toBeGreaterThan(300);
        expect(box!.height, id).toBeGreaterThan(60);
        expect(box!.x + box!.width, id).toBeLessThanOrEqual(A4_WIDTH);
        expect(await chart.locator('rect').count(), id).toBeGreaterThan(2);
      }

      // Nothing wider than the page, on screen and in every table.
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        tables: [...document.querySelectorAll('table')].map((table) => Math.ceil(table.getBoundingClientRect().right)),
      }));
      expect(widths.page).toBeLessThanOrEqual(A4_WIDTH);
      for (const right of widths.tables) expect(right).toBeLessThanOrEqual(A4_WIDTH);

      // The first page, as a reader opens it: docs/report-2011.png (the README shows it).
      mkdirSync(join(ROOT, 'docs'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'docs', 'report-2011.png') });

      // Printed on A4: the statements start new pages, so there are several, and the print
      // layout is no wider than the page either.
      await page.emulateMedia({ media: 'print' });
      const printWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(printWidth).toBeLessThanOrEqual(A4_WIDTH);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(4);

      // No cell whose text overflows, on screen or in print; cents and English labels are wider.
      for (const extra of [[], ['--cents'], ['--lang', 'en'], ['--cents', '--lang', 'en']]) {
        const variant = join(dir, `rapport-${extra.join('')}.html`);
        writeFileSync(variant, await reportHtml(extra));
        const other = await browser.newPage({ viewport: { width: A4_WIDTH, height: A4_HEIGHT } });
        await other.goto(pathToFileURL(variant).href, { waitUntil: 'load' });
        for (const media of ['screen', 'print'] as const) {
          await other.emulateMedia({ media });
          const found = await other.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            cells: [...document.querySelectorAll('td, th')]
              .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
              .map((cell) => cell.textContent),
          }));
          expect(found.page, `${extra.join(' ')} ${media}`).toBeLessThanOrEqual(A4_WIDTH);
          expect(found.cells, `${extra.join(' ')} ${media}`).toEqual([]);
        }
        await other.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('the annexe of fixtures/annexe (fonds propres, fonds dédiés, immobilisations, budget of the year) fits A4, no cell overflows', async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'asso-browser-annexe-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      for (const extra of [[], ['--lang', 'en']]) {
        const run = await runBuilt(['report', '-L', 'fixtures/annexe', '-y', '2024', '-f', 'html', ...extra]);
        expect(run.code, run.stderr).toBe(0);
        const file = join(dir, `annexe-${extra.join('')}.html`);
        writeFileSync(file, run.stdout);
        const page = await browser.newPage({ viewport: { width: A4_WIDTH, height: A4_HEIGHT } });
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        for (const id of ['equity-changes-table', 'dedicated-funds-table', 'fixed-assets-table', 'year-budget-table'])
          expect(await page.locator(`#annexe #${id}, #year-budget #${id}`).count(), id).toBe(1);
        await expect(page.locator('#dedicated-funds-table tr.total').innerText()).resolves.toMatch(
          // Numbers as the report's language writes them.
          extra.length ? /6,700\.00[\s\S]*5,200\.00/ : new RegExp(`6${NNBSP}700,00[\\s\\S]*5${NNBSP}200,00`),
        );
        for (const media of ['screen', 'print'] as const) {
          await page.emulateMedia({ media });
          const found = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            tables: [...document.querySelectorAll('table')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
            cells: [...document.querySelectorAll('td, th')]
              .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
              .map((cell) => cell.textContent),
          }));
          expect(found.page, `${extra.join(' ')} ${media}`).toBeLessThanOrEqual(A4_WIDTH);
          for (const right of found.tables) expect(right, `${extra.join(' ')} ${media}`).toBeLessThanOrEqual(A4_WIDTH);
          expect(found.cells, `${extra.join(' ')} ${media}`).toEqual([]);
        }
        await page.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
