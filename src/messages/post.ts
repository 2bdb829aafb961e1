// What posting and `asso check` say about entries and years: unbalanced entries, duplicate pieces,
// balances that differ from the bank statement, accounts to clear at year end.
import { dateIn, euros } from './number.js';
import { type Text, text } from './text.js';

/** "l'écriture BQ 12" / "entry BQ 12". */
export const entryName = (journal: string, piece: string) =>
  text(`l'écriture ${journal} ${piece}`, `entry ${journal} ${piece}`);

/** The words some replacements of the chart data are (src/chart/pca2025-data.ts), in French. */
const REPLACEMENT_WORDS: Readonly<Record<string, string>> = { 'the charge account': 'le compte de charge' };

/** "110, 1063 ou 1068" / "110, 1063 or 1068". */
export const oneOf = (accounts: readonly string[]) => {
  const fr = accounts.map((account) => REPLACEMENT_WORDS[account] ?? account);
  return accounts.length === 1
    ? text(fr[0]!, accounts[0]!)
    : text(
        `${fr.slice(0, -1).join(', ')} ou ${fr[fr.length - 1]}`,
        `${accounts.slice(0, -1).join(', ')} or ${accounts[accounts.length - 1]}`,
      );
};

export const postMessages = {
  oneRow: (entry: Text) =>
    text(
      `${entry.fr} n'a qu'une ligne : une écriture a au moins un débit et un crédit ; ajoutez sa contrepartie, ou vérifiez le journal et la pièce de cette ligne`,
      `${entry.en} has a single row: an entry needs at least a debit and a credit; add its counterpart, or check the journal and piece of this row`,
    ),
  mixedDates: (entry: Text, dates: readonly string[], lines: string) =>
    text(
      `les lignes de ${entry.fr} ont des dates différentes (${dates.map((d) => dateIn(d, 'fr')).join(', ')}) aux lignes ${lines} : donnez la même date à toutes les lignes d'une écriture`,
      `the rows of ${entry.en} have different dates (${dates.join(', ')}) on lines ${lines}: give every row of an entry the same date`,
    ),
  unbalanced: (entry: Text, gap: bigint, debit: bigint, credit: bigint, lines: string) =>
    text(
      `${entry.fr} est déséquilibrée de ${euros(gap < 0n ? -gap : gap, 'fr')} : débits ${euros(debit, 'fr')}, crédits ${euros(credit, 'fr')} aux lignes ${lines} ; ${gap > 0n ? 'les débits dépassent les crédits' : 'les crédits dépassent les débits'}, les débits doivent égaler les crédits au centime près`,
      `${entry.en} is unbalanced by ${euros(gap < 0n ? -gap : gap, 'en')}: debits ${euros(debit, 'en')}, credits ${euros(credit, 'en')} on lines ${lines}; ${gap > 0n ? 'the debits exceed the credits' : 'the credits exceed the debits'}, debits must equal credits to the cent`,
    ),
  volunteeringMixed: (entry: Text, lines: string) =>
    text(
      `${entry.fr} mêle des contributions volontaires en nature (86/87) à des comptes des classes 1 à 7 aux lignes ${lines} : passez-les dans une écriture à part`,
      `${entry.en} mixes contributions volontaires en nature (86/87) with accounts of classes 1 to 7 on lines ${lines}: book them in an entry of their own`,
    ),
  openingAccountOutside: (entry: Text) =>
    text(
      `${entry.fr} utilise le 890 (bilan d'ouverture) hors des écritures d'ouverture : le 890 ne sert qu'aux écritures du journal AN (le premier jour de l'exercice)`,
      `${entry.en} uses 890 (bilan d'ouverture) outside the opening entries: 890 belongs to journal AN entries only (the first day of the year)`,
    ),
  notConsecutive: (entry: Text, beforeLine: number) =>
    text(
      `des lignes de ${entry.fr} reprennent ici, après d'autres écritures, alors qu'elle a déjà des lignes depuis la ligne ${beforeLine} : gardez ensemble les lignes d'une écriture (ou donnez à celle-ci sa propre pièce)`,
      `rows of ${entry.en} start again here, after other entries, but ${entry.en} already has rows from line ${beforeLine}: keep the rows of an entry together (or give this entry its own piece)`,
    ),
  duplicatePiece: (entry: Text, year: number, where: string) =>
    text(
      `${entry.fr} de l'exercice ${year} est déjà utilisée en ${where} : donnez à chaque écriture sa propre pièce`,
      `${entry.en} of fiscal year ${year} is already used in ${where}: give each entry its own piece`,
    ),
  accountAbolished: (
    account: string,
    old: string,
    label: string,
    year: number,
    setId: string,
    replacement: Text,
    renumber: boolean,
  ) =>
    renumber
      ? text(
          `le compte ${account} (${old} ${label}) n'existe plus dans l'exercice ${year} (${setId}) : imputez plutôt sur ${replacement.fr} (\`asso migrate --to ${setId}\` propose la réécriture)`,
          `account ${account} (${old} ${label}) no longer exists in fiscal year ${year} (${setId}): post to ${replacement.en} instead (\`asso migrate --to ${setId}\` proposes the rewrite)`,
        )
      : text(
          `le compte ${account} (${old} ${label}) n'existe plus dans l'exercice ${year} (${setId}) : imputez sur ${replacement.fr}, selon l'opération (\`asso migrate --to ${setId}\` marque la ligne pour que vous choisissiez)`,
          `account ${account} (${old} ${label}) no longer exists in fiscal year ${year} (${setId}): post to ${replacement.en}, as the operation requires (\`asso migrate --to ${setId}\` marks the row for you to choose)`,
        ),
  sinceAgreed: (date: string, line: number) =>
    text(
      `depuis le dernier solde concordant (${dateIn(date, 'fr')}, ligne ${line})`,
      `since the last balance that agreed (${date}, line ${line})`,
    ),
  sinceYearStart: (year: number) =>
    text(`depuis le début de l'exercice ${year}`, `since the start of fiscal year ${year}`),
  lookFrom: (where: Text, entry: string, date: string, at: string) =>
    text(
      `regardez les écritures ${where.fr}, à partir de l'écriture ${entry} du ${dateIn(date, 'fr')} (${at})`,
      `look at the entries ${where.en}, from entry ${entry} of ${date} (${at})`,
    ),
  noEntrySince: (prefix: string, where: Text) =>
    text(
      `aucune écriture sur ${prefix} ${where.fr} jusqu'à ce jour : vérifiez le solde écrit ici`,
      `no entry on ${prefix} ${where.en} up to that day: check the balance written here`,
    ),
  assertionFailed: (prefix: string, date: string, actual: bigint, expected: bigint, look: Text) => {
    const gap = actual - expected;
    const abs = gap < 0n ? -gap : gap;
    return text(
      `le solde du ${prefix} au soir du ${dateIn(date, 'fr')} est de ${euros(actual, 'fr')} dans les comptes mais de ${euros(expected, 'fr')} sur le relevé : les comptes sont ${gap > 0n ? 'supérieurs' : 'inférieurs'} de ${euros(abs, 'fr')} ; ${look.fr}`,
      `the balance of ${prefix} at the end of ${date} is ${euros(actual, 'en')} in the books but ${euros(expected, 'en')} on the statement: the books are ${euros(abs, 'en')} ${gap > 0n ? 'higher' : 'lower'}; ${look.en}`,
    );
  },
  suspenseNotNil: (year: number, account: string, balance: bigint) =>
    text(
      `exercice ${year} : le compte ${account} a un solde de ${euros(balance, 'fr')} en fin d'exercice ; les comptes d'attente (471) et de virements internes (58) doivent être soldés à la clôture : soldez-le (dernière écriture ici)`,
      `fiscal year ${year}: account ${account} holds ${euros(balance, 'en')} at year end; suspense (471) and internal transfer (58) accounts must be nil at closing: clear it (last posting here)`,
    ),
  transitNotNil: (year: number, account: string, balance: bigint, transit: string, setId: string) =>
    text(
      `exercice ${year} : le compte ${account} a un solde de ${euros(balance, 'fr')} en fin d'exercice ; ${transit} est un compte de transit de l'exercice (${setId}) à réimputer en comptes d'exploitation, financiers ou exceptionnels avant la clôture`,
      `fiscal year ${year}: account ${account} holds ${euros(balance, 'en')} at year end; ${transit} is an in-year transit account (${setId}) and must be re-imputed to operating, financial or exceptional accounts by closing`,
    ),
  openingNotNil: (year: number, balance: bigint) =>
    text(
      `exercice ${year} : le compte d'ouverture 890 n'est pas soldé (solde ${euros(balance, 'fr')}) : les écritures d'ouverture doivent s'équilibrer contre lui`,
      `fiscal year ${year}: the opening account 890 does not net to zero (balance ${euros(balance, 'en')}): the opening entries must balance against it`,
    ),
  resultPending: (year: number, pending: bigint) =>
    text(
      `exercice ${year} : un résultat antérieur de ${euros(pending, 'fr')} est encore au 120/129, en attente de l'affectation votée par l'assemblée : passez-la (asso allocate) une fois l'assemblée tenue`,
      `fiscal year ${year}: an earlier result of ${euros(pending, 'en')} is still on 120/129, awaiting the assembly's allocation: book it (asso allocate) once the assembly has voted`,
    ),
  openingMismatch: (year: number, account: string, got: bigint, want: bigint, carriedTo: string | undefined) => {
    const result = account === '12';
    return text(
      `exercice ${year} : ${result ? 'les comptes de résultat (12…) ouvrent' : `le compte ${account} ouvre`} à ${euros(got, 'fr')} mais ${year - 1} ${result ? 'les a clôturés' : "l'a clôturé"} à ${euros(want, 'fr')}${carriedTo ? ` (soldes de ${year - 1} reportés sur les comptes ${carriedTo})` : ''} : les écritures d'ouverture doivent reprendre les soldes de clôture de ${year - 1}`,
      `fiscal year ${year}: ${result ? 'the result accounts (12…) open' : `account ${account} opens`} at ${euros(got, 'en')} but ${year - 1} closed ${result ? 'them' : 'it'} at ${euros(want, 'en')}${carriedTo ? ` (${year - 1} balances carried to the ${carriedTo} accounts)` : ''}: the opening entries must carry the closing balances of ${year - 1}`,
    );
  },
  accountNotDeclared: (account: string, accountsFile: string) =>
    text(
      `le compte ${account} est utilisé (la première fois ici) mais absent de ${accountsFile} : ajoutez-le avec son libellé`,
      `account ${account} is used (first here) but not listed in ${accountsFile}: add it with its label`,
    ),
  ambiguousParentItself: (account: string) =>
    text(
      `le compte ${account} est un compte parent dont les sous-comptes vont sur des lignes différentes des états : il est montré sur l'une d'elles ; imputez sur un sous-compte plus précis (${account}1…)`,
      `account ${account} is a parent whose sub-accounts go to different statement lines: it is shown on one of them; post to a more specific sub-account (${account}1…)`,
    ),
  ambiguousParent: (account: string, parent: string) =>
    text(
      `le compte ${account} tombe sur la ligne de son parent ${parent} ; un compte plus précis est attendu (les sous-comptes du ${parent} vont sur des lignes différentes)`,
      `account ${account} lands on its parent ${parent}'s line; a more specific account is expected (the sub-accounts of ${parent} go to different lines)`,
    ),
} as const;
