// A ledger folder: asso.json, accounts.csv, journal/*.csv (and budget/, assertions.csv, locks/).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtinChart, postingProblem } from '../chart/chart.js';
import { error } from '../diagnostics.js';
import { readCsv } from './csv.js';
import { normalizeName } from './columns.js';
import { isRealDate } from './date.js';
export const DEFAULT_JOURNALS = {
    AN: 'À-nouveaux', BQ: 'Banque', CA: 'Caisse', AC: 'Achats', VT: 'Ventes', OD: 'Opérations diverses', EX: 'Extournes',
};
export function isLedgerFolder(dir) {
    return existsSync(join(dir, 'asso.json'));
}
export function readLedgerFolder(dir) {
    const diagnostics = [];
    const configFile = join(dir, 'asso.json');
    const config = readConfig(configFile, diagnostics);
    const chart = readAccounts(join(dir, 'accounts.csv'), diagnostics);
    const journalDir = join(dir, 'journal');
    const journalFiles = existsSync(journalDir) && statSync(journalDir).isDirectory()
        ? readdirSync(journalDir).filter((name) => name.toLowerCase().endsWith('.csv')).sort().map((name) => join(journalDir, name))
        : [];
    if (!config)
        return { diagnostics };
    return { folder: { dir, config: { ...config, reference: config.reference ?? chart.reference }, chart, journalFiles }, diagnostics };
}
function readConfig(file, diagnostics) {
    let raw;
    try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (thrown) {
        diagnostics.push(error('config', existsSync(file) ? `asso.json is not valid JSON: ${thrown.message}` : 'no asso.json: this folder is not a ledger (create one with `asso init <dir>`)', { file, line: 1 }));
        return undefined;
    }
    const value = (raw ?? {});
    const problems = [];
    const start = typeof value.fiscalYearStart === 'string' ? value.fiscalYearStart : '01-01';
    const startMatch = /^(\d{2})-(\d{2})$/.exec(start);
    if (!startMatch || !isRealDate(2001, +startMatch[1], +startMatch[2]))
        problems.push(`"fiscalYearStart" must be MM-DD (e.g. "09-01"), not "${start}"`);
    if (value.currency !== undefined && value.currency !== 'EUR')
        problems.push(`"currency" must be "EUR": the books of a French association are kept in euros`);
    let firstYear;
    if (value.firstYear !== undefined) {
        const first = value.firstYear;
        if (typeof first?.start === 'string' && typeof first.end === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(first.start) && /^\d{4}-\d{2}-\d{2}$/.test(first.end) && first.start < first.end) {
            firstYear = { start: first.start, end: first.end };
        }
        else
            problems.push(`"firstYear" must be {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`);
    }
    if (value.reference !== undefined && value.reference !== 'pca-2018')
        problems.push(`"reference" must be "pca-2018"`);
    for (const problem of problems)
        diagnostics.push(error('config', `asso.json: ${problem}`, { file, line: 1 }));
    if (problems.length)
        return undefined;
    return {
        name: typeof value.name === 'string' ? value.name : '',
        currency: 'EUR',
        siren: typeof value.siren === 'string' ? value.siren : undefined,
        calendar: { start, firstYear },
        journals: { ...DEFAULT_JOURNALS, ...(value.journals ?? {}) },
        reference: typeof value.reference === 'string' ? value.reference : undefined,
    };
}
function readAccounts(file, diagnostics) {
    const chart = builtinChart();
    if (!existsSync(file))
        return chart;
    const accounts = new Map(chart.accounts);
    let numberColumn = -1;
    let labelColumn = -1;
    const result = readCsv(readFileSync(file), ({ line, fields }) => {
        if (line === 1 || numberColumn < 0) {
            const names = fields.map(normalizeName);
            numberColumn = names.findIndex((n) => ['number', 'numero', 'compte', 'account', 'comptenum'].includes(n));
            labelColumn = names.findIndex((n) => ['label', 'libelle', 'intitule', 'comptelib'].includes(n));
            if (numberColumn < 0 || labelColumn < 0)
                diagnostics.push(error('missing-column', 'accounts.csv needs the columns "number,label"', { file, line }));
            return;
        }
        const number = (fields[numberColumn] ?? '').trim();
        const label = (fields[labelColumn] ?? '').trim();
        const problem = postingProblem(chart, number);
        if (problem)
            diagnostics.push(error('unknown-account', problem, { file, line, column: 'number' }));
        else if (!label)
            diagnostics.push(error('empty-label', `account ${number} has no label`, { file, line, column: 'label' }));
        else
            accounts.set(number, { number, label, builtin: chart.accounts.get(number)?.builtin ?? false });
    });
    if ('problem' in result)
        diagnostics.push(error(result.problem.code, result.problem.message, { file, line: result.problem.line }));
    return { reference: chart.reference, accounts };
}
