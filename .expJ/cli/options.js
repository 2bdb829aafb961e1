export class UsageError extends Error {
}
export function parseGlobalOptions(raw, env, isTty, cwd) {
    const format = raw.format ?? (isTty ? 'table' : 'table');
    if (!['table', 'csv', 'json', 'markdown', 'html'].includes(format))
        throw new UsageError(`unknown format "${format}": use table, csv, json or markdown`);
    const lang = raw.lang ?? 'fr';
    if (lang !== 'fr' && lang !== 'en')
        throw new UsageError(`unknown language "${lang}": use fr or en`);
    let year;
    if (raw.year !== undefined) {
        if (!/^\d{4}$/.test(raw.year))
            throw new UsageError(`--year takes a year such as 2011, not "${raw.year}"`);
        year = parseInt(raw.year, 10);
    }
    return {
        ledger: raw.ledger ?? env.ASSO_LEDGER ?? cwd,
        year, format: format, euros: raw.euros ?? false, lang,
        color: raw.color !== false && !('NO_COLOR' in env && env.NO_COLOR !== undefined) && isTty,
        output: raw.output, excel: raw.excel ?? false, debug: raw.debug ?? false,
    };
}
