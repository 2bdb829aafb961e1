// The placement proof: every account of classes 1 to 7 of the built-in chart, and a six-digit
// extension of each, with a debit and with a credit balance, lands on exactly one statement line.
import { describe, expect, it } from 'vitest';
import { builtinChart } from '../src/chart/chart.js';
import { PCA2018 } from '../src/statements/pca2018.js';
import { incomePlacement, sheetPlacement } from '../src/statements/placement.js';
import type { SheetLineSpec } from '../src/statements/layout.js';

const chart = builtinChart();
const numbers = [...chart.accounts.keys()].filter((n) => /^[1-7]/.test(n));
const extended = numbers.flatMap((n) => [n, n.padEnd(6, '0').length > n.length ? n.padEnd(6, '0') : `${n}1`]);

function sheetLineIds(): Set<string> {
  const ids = new Set<string>();
  const walk = (spec: SheetLineSpec): void => {
    ids.add(spec.id);
    spec.parts?.forEach(walk);
  };
  for (const side of [PCA2018.balanceSheet.assets, PCA2018.balanceSheet.liabilities])
    side.blocks.forEach((b) => b.lines.forEach(walk));
  return ids;
}
const incomeIds = new Set(
  PCA2018.incomeStatement.items.flatMap((item) => ('block' in item ? item.block.lines.map((l) => l.id) : [])),
);

/** Every line a statement could place the account on, for one sign; exactly one is expected. */
function linesFor(account: string, sign: 'debit' | 'credit'): string[] {
  if (/^[67]/.test(account)) {
    const placement = incomePlacement(PCA2018, account);
    return placement ? [placement.lineId] : [];
  }
  const placement = sheetPlacement(PCA2018, account, sign);
  return placement ? [placement.lineId] : [];
}

describe('placement proof (PCA 2018)', () => {
  it('covers the whole chart: 275 rows, classes 1 to 7', () => {
    expect(chart.accounts.size).toBe(275);
    expect(numbers.length).toBeGreaterThan(200);
  });

  it.each(extended)(
    'account %s lands on exactly one existing line, for a debit and for a credit balance',
    (account) => {
      for (const sign of ['debit', 'credit'] as const) {
        const lines = linesFor(account, sign);
        expect(lines, `${account} ${sign}`).toHaveLength(1);
        expect(/^[67]/.test(account) ? incomeIds.has(lines[0]!) : sheetLineIds().has(lines[0]!)).toBe(true);
      }
    },
  );

  it('places classes 4 and 5 by sign, with "Autres créances" / "Autres dettes" where no line of their own fits', () => {
    const at = (account: string, sign: 'debit' | 'credit') => sheetPlacement(PCA2018, account, sign)?.lineId;
    expect(at('512100', 'debit')).toBe('actif.disponibilites');
    expect(at('512100', 'credit')).toBe('passif.emprunts-etablissements-credit');
    expect(at('530', 'debit')).toBe('actif.disponibilites');
    expect(at('411', 'debit')).toBe('actif.creances-usagers');
    expect(at('411', 'credit')).toBe('passif.autres-dettes');
    expect(at('401', 'credit')).toBe('passif.dettes-fournisseurs');
    expect(at('401', 'debit')).toBe('actif.autres-creances');
    expect(at('408', 'credit')).toBe('passif.dettes-fournisseurs');
    expect(at('421', 'credit')).toBe('passif.dettes-fiscales-sociales');
    expect(at('431', 'credit')).toBe('passif.dettes-fiscales-sociales');
    expect(at('4681', 'credit')).toBe('passif.autres-dettes');
    expect(at('467', 'debit')).toBe('actif.autres-creances');
    expect(at('486', 'debit')).toBe('actif.charges-constatees-avance');
    expect(at('487', 'credit')).toBe('passif.produits-constates-avance');
    expect(at('451', 'credit')).toBe('passif.dettes-financieres-diverses');
    expect(at('4191', 'credit')).toBe('passif.autres-dettes');
    expect(at('491', 'credit')).toBe('actif.creances-usagers');
    expect(sheetPlacement(PCA2018, '491', 'credit')?.depreciation).toBe(true);
  });

  it('puts the listed parents on their named lines', () => {
    expect(sheetPlacement(PCA2018, '280', 'credit')).toMatchObject({ lineId: 'actif.concessions', depreciation: true });
    expect(sheetPlacement(PCA2018, '281', 'credit')).toMatchObject({
      lineId: 'actif.autres-corporelles',
      depreciation: true,
    });
    expect(incomePlacement(PCA2018, '681')?.lineId).toBe('charges.dotations-amortissements');
    expect(incomePlacement(PCA2018, '689')?.lineId).toBe('charges.reports-fonds-dedies');
    expect(incomePlacement(PCA2018, '754')?.lineId).toBe('produits.dons-manuels');
    expect(incomePlacement(PCA2018, '789')?.lineId).toBe('produits.fonds-dedies');
  });

  it('follows the longest prefix for the exceptions of the model', () => {
    expect(incomePlacement(PCA2018, '78164')?.lineId).toBe('produits.legs');
    expect(incomePlacement(PCA2018, '7815')?.lineId).toBe('produits.reprises');
    expect(incomePlacement(PCA2018, '6754')?.lineId).toBe('produits.legs');
    expect(incomePlacement(PCA2018, '6751')?.lineId).toBe('charges.exceptionnelles-capital');
    expect(incomePlacement(PCA2018, '6087')?.lineId).toBe('charges.achats-marchandises');
    expect(incomePlacement(PCA2018, '6088')?.lineId).toBe('charges.autres-achats');
    expect(incomePlacement(PCA2018, '706300')?.lineId).toBe('produits.prestations');
    expect(incomePlacement(PCA2018, '791')?.lineId).toBe('produits.reprises');
    expect(incomePlacement(PCA2018, '796')?.lineId).toBe('produits.reprises-financieres');
    expect(incomePlacement(PCA2018, '768100')?.lineId).toBe('produits.interets');
  });
});
