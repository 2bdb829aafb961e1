// Header names → the journal's columns, matched without regard to case, accents, spaces or
// underscores, in English, French or FEC naming.
export const REQUIRED_COLUMNS = ['date', 'journal', 'piece', 'account', 'debit', 'credit'];
export const OPTIONAL_COLUMNS = ['label', 'analytic', 'entry', 'journal_label', 'piece_date', 'aux', 'aux_label', 'lettering', 'lettering_date', 'valid_date', 'account_label'];
const NAMES = {
    date: ['date', 'ecrituredate', 'dateecriture', 'dateoperation'],
    journal: ['journal', 'journalcode', 'codejournal'],
    piece: ['piece', 'pieceref', 'ref', 'reference', 'numeropiece', 'numpiece'],
    account: ['account', 'compte', 'comptenum', 'numerocompte', 'numcompte'],
    debit: ['debit'],
    credit: ['credit'],
    label: ['label', 'libelle', 'ecriturelib', 'description'],
    analytic: ['analytic', 'analytique', 'projet', 'project'],
    entry: ['entry', 'ecriturenum', 'numeroecriture'],
    journal_label: ['journallabel', 'journallib', 'libellejournal'],
    piece_date: ['piecedate', 'datepiece'],
    aux: ['aux', 'compauxnum', 'compteauxiliaire', 'auxiliaire'],
    aux_label: ['auxlabel', 'compauxlib', 'libelleauxiliaire'],
    lettering: ['lettering', 'ecriturelet', 'lettrage'],
    lettering_date: ['letteringdate', 'datelet', 'datelettrage'],
    valid_date: ['validdate', 'datevalidation'],
    account_label: ['accountlabel', 'comptelib', 'libellecompte'],
};
const BY_NAME = new Map();
for (const [column, names] of Object.entries(NAMES))
    for (const name of names)
        BY_NAME.set(name, column);
export function normalizeName(name) {
    return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_\-.]/g, '');
}
export function mapColumns(header) {
    const index = {};
    const extras = [];
    header.forEach((name, position) => {
        const column = BY_NAME.get(normalizeName(name));
        if (column && index[column] === undefined)
            index[column] = position;
        else if (name.trim() !== '')
            extras.push({ name: name.trim(), index: position });
    });
    const missing = REQUIRED_COLUMNS.filter((column) => index[column] === undefined);
    const fec = header.some((name) => normalizeName(name) === 'ecriturenum') && header.some((name) => normalizeName(name) === 'journalcode');
    return { index, extras, missing, fec, width: header.length };
}
