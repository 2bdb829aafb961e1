// The compte-rendu financier in a real browser (Debian's chromium through playwright-core, as the
// report): what a reader sees (the totals, the funders, the explanations), no request to the
// network, nothing wider than an A4 page and no cell whose text overflows, on screen and in print,
// in French and in English; a PDF of at least one page. Skipped, and said, without /usr/bin/chromium
// (`.ci/run` installs it).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, runAsso } from './run-asso.js';

const CHROMIUM = '/usr/bin/chromium';
const A4_WIDTH = 794;
const A4_HEIGHT = 1123;
const NNBSP = '\u202f';
const available = existsSync(CHROMIUM);
if (!available)
  process.stderr.write(
    `\n  ⚠ subsidy-browser.test.ts SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium, as .ci/run does)\n\n`,
  );

async function html(extra: readonly string[] = []): Promise<string> {
  const ledger = join(ROOT, 'fixtures', 'subsidy');
  const run = await runAsso(['compte-rendu', '-L', ledger, '--project', 'ATELIER', '-f', 'html', ...extra]);
  if (run.code !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe.skipIf(!available)(`the compte-rendu financier in headless Chromium (${CHROMIUM})`, () => {
  it('shows the totals, funders and explanations; fits A4 on screen and in print', async () => {
    const { chromium } = await import('playwright-core');
    const dir = mkdtempSync(join(tmpdir(), 'asso-subsidy-browser-'));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const file = join(dir, 'compte-rendu.html');
      writeFileSync(file, await html());
      const page = await browser.newPage({ viewport: { width: A4_WIDTH, height: A4_HEIGHT } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url() !== pathToFileURL(file).href) requests.push(request.url());
      });
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(requests).toEqual([]);

      await expect(page.locator('h1').innerText()).resolves.toBe(
        "Compte-rendu financier de l'action ATELIER — exercice 2025",
      );
      const table = page.locator('#subsidy-table');
      await expect(table.locator('tr[data-id="charges"]').innerText()).resolves.toMatch(
        new RegExp(`Total des charges\\s+10${NNBSP}400,00\\s€\\s+10${NNBSP}866,92\\s€\\s+466,92\\s€\\s+4,5 %`),
      );
      await expect(table.locator('tr[data-id="indirect"]').innerText()).resolves.toContain(`3${NNBSP}471,52`);
      await expect(table.locator('tr.funder').allInnerTexts()).resolves.toEqual([
        expect.stringContaining('DEPT – Département du Val'),
        expect.stringContaining('VILLE – Ville de Montval'),
      ]);
      await expect(page.locator('#explanations h3').count()).resolves.toBe(5);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);

      for (const extra of [[], ['--lang', 'en']]) {
        const variant = join(dir, `compte-rendu-${extra.join('')}.html`);
        writeFileSync(variant, await html(extra));
        const other = await browser.newPage({ viewport: { width: A4_WIDTH, height: A4_HEIGHT } });
        await other.goto(pathToFileURL(variant).href, { waitUntil: 'load' });
        for (const media of ['screen', 'print'] as const) {
          await other.emulateMedia({ media });
          const found = await other.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            tables: [...document.querySelectorAll('table')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
            cells: [...document.querySelectorAll('td, th')]
              .filter((cell) => cell.scrollWidth > cell.clientWidth + 1)
              .map((cell) => cell.textContent),
          }));
          const what = `${extra.join(' ')} ${media}`;
          expect(found.page, what).toBeLessThanOrEqual(A4_WIDTH);
          for (const right of found.tables) expect(right, what).toBeLessThanOrEqual(A4_WIDTH);
          expect(found.cells, what).toEqual([]);
        }
        await other.close();
      }
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
