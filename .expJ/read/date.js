// Date cells → ISO dates (YYYY-MM-DD), refusing impossible dates.
export function parseDate(cell) {
    const text = cell.trim();
    let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    let year, month, day;
    if (match)
        [, year, month, day] = match;
    else if ((match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)))
        [, day, month, year] = match;
    else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(text)))
        [, year, month, day] = match;
    else
        return { ok: false, message: text === '' ? 'the date is empty' : `"${cell}" is not a date: write YYYY-MM-DD or DD/MM/YYYY` };
    if (!isRealDate(+year, +month, +day))
        return { ok: false, message: `"${cell}" is not a real date (day ${day}, month ${month})` };
    return { ok: true, date: `${year}-${month}-${day}` };
}
export function isRealDate(year, month, day) {
    if (month < 1 || month > 12 || day < 1)
        return false;
    return day <= daysInMonth(year, month);
}
export function daysInMonth(year, month) {
    return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}
/** The ISO date `days` after `date` (negative to go back). */
export function addDays(date, days) {
    const [y, m, d] = date.split('-').map((part) => parseInt(part, 10));
    const epoch = Date.UTC(y, m - 1, d) + days * 86_400_000;
    return new Date(epoch).toISOString().slice(0, 10);
}
export function frenchDate(date) {
    return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
