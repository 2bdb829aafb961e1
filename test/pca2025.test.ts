// The 2025 reference set: the placement proof over the 2025 chart, the chart data built from
// data/pca2025-changes.csv, the choice of a year's set, and remapBalances (what `close` calls to
// write the 2025 opening entries, and the N−1 column uses).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinChart, builtinParent, readingChart } from '../src/chart/chart.js';
import { abolishedChange, carryMap, changeOf, remapBalances, renumber } from '../src/chart/changes.js';
import { PCA2025_CHANGES } from '../src/chart/pca2025-data.js';
import { addToBalances, type Balances } from '../src/model.js';
import type { IncomeBlockSpec, ReferenceSet, SheetLineSpec } from '../src/statements/layout.js';
import { PCA2018 } from '../src/statements/pca2018.js';
import { PCA2025 } from '../src/statements/pca2025.js';
import { ambiguousParentOf, incomePlacement, sheetPlacement } from '../src/statements/placement.js';
import { carryMapBetween, referenceSetFor } from '../src/statements/reference-sets.js';
import { fieldSpans, migrationDiff, rewriteFile } from '../src/ledger/migrate.js';

const chart2025 = builtinChart('pca-2025');

function lineIds(set: ReferenceSet): { income: Set<string>; sheet: Set<string> } {
  const sheet = new Set<string>();
  const walk = (spec: SheetLineSpec): void => {
    sheet.add(spec.id);
    spec.parts?.forEach(walk);
  };
  for (const side of [set.balanceSheet.assets, set.balanceSheet.liabilities])
    side.blocks.forEach((b) => b.lines.forEach(walk));
  const blocks: IncomeBlockSpec[] = [
    ...set.incomeStatement.items.flatMap((item) => ('block' in item ? [item.block] : [])),
    set.incomeStatement.inKind.resources,
    set.incomeStatement.inKind.uses,
  ];
  return {
    income: new Set(blocks.flatMap((b) => b.lines.flatMap((l) => [l.id, ...(l.dont ?? []).map((d) => d.id)]))),
    sheet,
  };
}

describe('placement proof (PCA 2025)', () => {
  const numbers = [...chart2025.accounts.keys()].filter((n) => /^[1-7]/.test(n));
  const extended = numbers.flatMap((n) => [n, n.length < 6 ? n.padEnd(6, '0') : `${n}1`]);
  const ids = lineIds(PCA2025);

  it('covers the 2025 chart', () => {
    expect(numbers.length).toBeGreaterThan(250);
  });

  it.each(extended)(
    'account %s lands on exactly one existing 2025 line, for a debit and for a credit balance',
    (account) => {
      for (const sign of ['debit', 'credit'] as const) {
        const line = /^[67]/.test(account)
          ? incomePlacement(PCA2025, account)?.lineId
          : sheetPlacement(PCA2025, account, sign)?.lineId;
        expect(line, `${account} ${sign}`).toBeDefined();
        expect(/^[67]/.test(account) ? ids.income.has(line!) : ids.sheet.has(line!), `${account} → ${line}`).toBe(true);
      }
    },
  );

  it('puts the changed accounts on their 2025 lines', () => {
    const income = (a: string) => incomePlacement(PCA2025, a)?.lineId;
    expect(income('747000')).toBe('produits.subventions');
    expect(income('742000')).toBe('produits.subventions');
    expect(income('741000')).toBe('produits.subventions');
    expect(income('757000')).toBe('produits.cessions-immobilisations');
    expect(income('757100')).toBe('produits.legs');
    expect(income('652000')).toBe('charges.valeurs-cedees');
    expect(income('652100')).toBe('produits.legs');
    expect(income('649000')).toBe('charges.salaires');
    expect(income('758700')).toBe('produits.autres');
    expect(income('758300')).toBe('produits.autres');
    expect(income('657300')).toBe('charges.aides-financieres');
    expect(income('638000')).toBe('charges.impots-taxes');
    expect(income('658200')).toBe('charges.autres');
    expect(income('686200')).toBe('charges.dotations-financieres');
    expect(income('667100')).toBe('charges.valeurs-cedees-financieres');
    expect(income('767100')).toBe('produits.cessions-immobilisations-financieres');
    expect(income('778000')).toBe('produits.exceptionnels');
    expect(income('787000')).toBe('produits.exceptionnels');
    expect(income('678000')).toBe('charges.exceptionnelles');
    expect(income('687000')).toBe('charges.exceptionnelles');
    expect(sheetPlacement(PCA2025, '481000', 'debit')?.lineId).toBe('actif.frais-emission');
    expect(sheetPlacement(PCA2025, '448120', 'credit')?.lineId).toBe('passif.dettes-fiscales-sociales');
    expect(sheetPlacement(PCA2025, '448200', 'debit')?.lineId).toBe('actif.autres-creances');
    expect(sheetPlacement(PCA2025, '439000', 'debit')?.lineId).toBe('actif.autres-creances');
    expect(sheetPlacement(PCA2025, '474000', 'debit')?.lineId).toBe('actif.ecarts-conversion');
    expect(sheetPlacement(PCA2025, '475000', 'credit')?.lineId).toBe('passif.ecarts-conversion');
    expect(sheetPlacement(PCA2025, '267000', 'debit')?.lineId).toBe('actif.creances-participations');
    expect(sheetPlacement(PCA2025, '237000', 'debit')?.lineId).toBe('actif.incorporelles-en-cours');
    expect(ambiguousParentOf(PCA2025, '667000')).toBe('667');
  });

  it('keeps the 2018 layouts as they were (the 2011 seed prints as before)', () => {
    expect(incomePlacement(PCA2018, '791100')?.lineId).toBe('produits.reprises');
    expect(incomePlacement(PCA2018, '777000')?.lineId).toBe('produits.exceptionnels-capital');
    expect(builtinChart().accounts.size).toBe(275);
  });

  it('lists every line id of both sets in the README', () => {
    const readme = readFileSync(new URL('../docs/line-ids.md', import.meta.url), 'utf8');
    for (const set of [PCA2018, PCA2025]) {
      const { income, sheet } = lineIds(set);
      for (const id of [...income, ...sheet]) expect(readme, id).toContain(`\`${id}\``);
    }
  });
});

describe('the 2025 chart data (data/pca2025-changes.csv)', () => {
  it('removes the abolished accounts and adds the new ones', () => {
    for (const gone of ['777', '791', '79', '675', '775', '4486', '4487', '671', '6712', '771', '7718'])
      expect(chart2025.accounts.has(gone), gone).toBe(false);
    for (const added of [
      '741',
      '742',
      '747',
      '652',
      '6521',
      '757',
      '7571',
      '7583',
      '7587',
      '649',
      '638',
      '439',
      '4481',
      '44811',
      '44812',
      '4482',
      '481',
      '5181',
      '5188',
      '6862',
    ])
      expect(chart2025.accounts.has(added), added).toBe(true);
    expect(chart2025.accounts.get('4482')?.label).toBe('État - Produits à recevoir');
    expect(chart2025.accounts.get('6454')?.label).toBe('Cotisations à Pôle emploi');
  });

  it('names replacements and carry targets that exist in the 2025 chart', () => {
    for (const change of PCA2025_CHANGES) {
      for (const target of [...change.to.filter((t) => /^\d+$/.test(t)), ...(change.carry ? [change.carry] : [])]) {
        expect(builtinParent(chart2025, target), `${change.old} → ${target}`).toBeDefined();
        expect(
          abolishedChange(PCA2025_CHANGES, target),
          `${change.old} → ${target} is itself abolished`,
        ).toBeUndefined();
      }
    }
  });

  it('finds the change of an account by its longest prefix', () => {
    expect(changeOf(PCA2025_CHANGES, '675100')?.to).toEqual(['652']);
    expect(changeOf(PCA2025_CHANGES, '675600')?.to).toEqual(['6671']);
    expect(changeOf(PCA2025_CHANGES, '675900')?.kind).toBe('split');
    expect(abolishedChange(PCA2025_CHANGES, '757000')).toBeUndefined(); // reused: a 2025 posting on 757 is a disposal
    expect(abolishedChange(PCA2025_CHANGES, '448200')).toBeUndefined(); // reused with another meaning
    expect(abolishedChange(PCA2025_CHANGES, '468600')).toBeUndefined(); // kept (CHOICE)
    expect(abolishedChange(PCA2025_CHANGES, '791100')?.kind).toBe('split');
    expect(readingChart().accounts.has('791')).toBe(true);
    expect(readingChart().accounts.has('747')).toBe(true);
  });
});

describe('referenceSetFor', () => {
  const calendar = { start: '01-01' };
  it('keys the set by the start of the fiscal year', () => {
    expect(referenceSetFor({ calendar }, 2011).id).toBe('pca-2018');
    expect(referenceSetFor({ calendar }, 2024).id).toBe('pca-2018');
    expect(referenceSetFor({ calendar }, 2025).id).toBe('pca-2025');
    expect(referenceSetFor({ calendar }, 2026).id).toBe('pca-2025');
    // A September year opened on 2024-09-01 is still a 2018 year; the one opened on 2025-09-01 a 2025 one.
    expect(referenceSetFor({ calendar: { start: '09-01' } }, 2024).id).toBe('pca-2018');
    expect(referenceSetFor({ calendar: { start: '09-01' } }, 2025).id).toBe('pca-2025');
  });
  it('follows a pinned set', () => {
    expect(referenceSetFor({ calendar, reference: 'pca-2018' }, 2025).id).toBe('pca-2018');
    expect(referenceSetFor({ calendar, reference: 'pca-2025' }, 2024).id).toBe('pca-2025');
  });
  it('has a carry map only across a step forward', () => {
    expect(carryMapBetween(PCA2018, PCA2025)?.get('4486')).toBe('44812');
    expect(carryMapBetween(PCA2025, PCA2025)).toBeUndefined();
    expect(carryMapBetween(PCA2025, PCA2018)).toBeUndefined();
  });
});

describe('remapBalances', () => {
  const map = carryMap(PCA2025_CHANGES);
  const balances = (): Balances => {
    const b: Balances = new Map();
    addToBalances(b, '448600', 0n, 12000n);
    addToBalances(b, '4486100', 0n, 500n);
    addToBalances(b, '448700', 20000n, 0n);
    addToBalances(b, '448200', 0n, 8000n);
    addToBalances(b, '438700', 35000n, 0n);
    addToBalances(b, '411000', 7000n, 2000n, 'ADH01', 'Adhérent 1');
    addToBalances(b, '411000', 1000n, 0n);
    addToBalances(b, '512000', 1_000_000_000_000_000_000n, 3n);
    addToBalances(b, '777000', 0n, 120000n);
    addToBalances(b, '778000', 0n, 5000n);
    addToBalances(b, '791100', 0n, 35000n);
    return b;
  };

  it('carries each account to its 2025 number, lists the remaps, keeps the rest', () => {
    const input = balances();
    const { balances: out, remaps } = remapBalances(input, map);
    expect(remaps.map((r) => `${r.from}>${r.to}`)).toEqual([
      '438700>439000',
      '448200>448110',
      '448600>448120',
      '4486100>44812100',
      '448700>448200',
      '777000>778000',
      '791100>758000',
    ]);
    expect(remaps.find((r) => r.from === '448600')?.balance).toBe(-12000n);
    expect(out.get('448120')).toMatchObject({ debit: 0n, credit: 12000n });
    expect(out.get('44812100')).toMatchObject({ credit: 500n });
    expect(out.get('448200')).toMatchObject({ debit: 20000n, credit: 0n }); // the old 4487, not the old 4482
    expect(out.get('448110')).toMatchObject({ credit: 8000n });
    expect(out.get('778000')).toMatchObject({ credit: 125000n }); // 777 stays exceptional in N−1, summed with 778
    expect(out.get('512000')).toMatchObject({ debit: 1_000_000_000_000_000_000n, credit: 3n });
    expect(out.get('411000')?.aux.get('ADH01')).toMatchObject({ debit: 7000n, credit: 2000n, label: 'Adhérent 1' });
    expect(out.get('411000')).toMatchObject({ debit: 8000n, credit: 2000n });
    for (const gone of ['448600', '448700', '438700', '777000', '791100']) expect(out.has(gone), gone).toBe(false);
    // Pure: the input is unchanged.
    expect(input.get('448600')).toMatchObject({ credit: 12000n });
    expect(input.size).toBe(10);
  });

  it('keeps the total of the balances (nothing created or lost)', () => {
    const sum = (b: Balances) => [...b.values()].reduce((t, v) => t + v.debit - v.credit, 0n);
    expect(sum(remapBalances(balances(), map).balances)).toBe(sum(balances()));
  });

  it('renumbers keeping six-digit numbering and balance-sheet sub-accounts', () => {
    expect(renumber('448600', '4486', '44812')).toBe('448120');
    expect(renumber('481600', '4816', '481')).toBe('481000');
    expect(renumber('4486100', '4486', '44812')).toBe('44812100');
    expect(renumber('777000', '777', '747')).toBe('747000');
    expect(renumber('791100', '791', '758')).toBe('758000');
    expect(renumber('4486', '4486', '44812')).toBe('44812');
  });
});

describe('migrate: the rewrite of one journal file', () => {
  const change = PCA2025_CHANGES.find((c) => c.old === '777')!;
  it('changes only the account cell, every other byte kept (Windows-1252, CRLF, quotes)', () => {
    const text =
      'date;journal;piece;compte;libellé;debit;credit\r\n2025-12-01;OD;1;139000;"Quote-part; été";100,00;\r\n2025-12-01;OD;1; 777000 ;"Quote-part; été";;100,00\r\n';
    const bytes = Buffer.from(text, 'latin1'); // é as the single byte 0xE9
    const rewrite = rewriteFile('/l/journal/2025.csv', bytes, [
      { file: '/l/journal/2025.csv', line: 3, account: '777000', change, replacement: '747000' },
    ]);
    expect(
      Buffer.from(rewrite.after, 'latin1').equals(Buffer.from(text.replace(' 777000 ', ' 747000 '), 'latin1')),
    ).toBe(true);
    expect(migrationDiff([rewrite], '/l', 'pca-2025', 'en')).toBe(
      '--- a/journal/2025.csv\n+++ b/journal/2025.csv\n@@ -3 +3 @@\n-2025-12-01;OD;1; 777000 ;"Quote-part; été";;100,00\n+2025-12-01;OD;1; 747000 ;"Quote-part; été";;100,00\n',
    );
  });
  it('skips a row whose account cell is not the expected one, and marks rows without a single replacement', () => {
    const bytes = Buffer.from('date,journal,piece,account,label,debit,credit\n2025-01-01,OD,1,778000,x,,1\n');
    const split = PCA2025_CHANGES.find((c) => c.old === '791')!;
    const rewrite = rewriteFile('/l/j.csv', bytes, [
      { file: '/l/j.csv', line: 2, account: '777000', change, replacement: '747000' },
      { file: '/l/j.csv', line: 2, account: '791000', change: split },
    ]);
    expect(rewrite.after).toBe(bytes.toString('latin1'));
    expect(rewrite.skipped).toHaveLength(1);
    expect(rewrite.marked).toHaveLength(1);
    expect(migrationDiff([rewrite], '/l', 'pca-2025', 'en')).toMatch(
      /^# CHOOSE j\.csv:2: 791000 .*649, 7587, 708 or the charge account.*\n# SKIPPED j\.csv:2: /,
    );
  });
  it('splits a line into fields with their spans', () => {
    expect(fieldSpans('a;"b;""c";d', ';').map((f) => f.text)).toEqual(['a', 'b;"c', 'd']);
    expect(fieldSpans('a,,c', ',').map((f) => [f.start, f.end])).toEqual([
      [0, 1],
      [2, 2],
      [3, 4],
    ]);
  });
});
