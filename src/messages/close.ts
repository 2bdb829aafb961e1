// What closing a year says: seals that no longer match the books, refusals of `asso close`,
// `asso allocate` and `asso reverse`.
import { dateIn, euros } from './number.js';
import { type Text, text } from './text.js';
import type { Cents } from '../money.js';

const short = (fingerprint: string) => `${fingerprint.slice(0, 16)}…`;

export const closeMessages = {
  // The seals against the books (asso check)
  chainBroken: (year: number, previous: string, beforeFile: string, before: string | undefined) =>
    text(
      `le sceau de l'exercice ${year} est chaîné au sceau ${short(previous)} de ${year - 1}, mais ${before ? `${beforeFile} porte ${short(before)}` : `${beforeFile} manque`} : restaurez-le depuis une sauvegarde`,
      `the seal of fiscal year ${year} is chained to ${year - 1}'s seal ${short(previous)}, but ${before ? `${beforeFile} has ${short(before)}` : `${beforeFile} is missing`}: restore it from a backup`,
    ),
  notChained: (year: number, beforeFile: string) =>
    text(
      `le sceau de l'exercice ${year} n'est pas chaîné à ${beforeFile} : il a été écrit avant la clôture de ${year - 1}, ou modifié`,
      `the seal of fiscal year ${year} is not chained to ${beforeFile}: it was written before ${year - 1} was closed, or edited`,
    ),
  entryAdded: (key: string, date: string, year: number) =>
    text(
      `l'écriture ${key} (${dateIn(date, 'fr')}) est datée de l'exercice ${year}, qui est clôturé : elle a été ajoutée après la clôture ; un exercice clôturé est définitif, passez-la dans un exercice ouvert`,
      `entry ${key} (${date}) is dated in fiscal year ${year}, which is closed: it was added after the close; a closed year is final, book it in an open year`,
    ),
  entryChanged: (key: string, date: string, year: number, closedOn: string, rows?: string) =>
    text(
      `l'écriture ${key} (${dateIn(date, 'fr')}) de l'exercice ${year}, clôturé, diffère de l'écriture scellée le ${dateIn(closedOn, 'fr')} : restaurez-la${rows ? ` telle que scellée (${rows})` : ''}, et corrigez-la dans un exercice ouvert avec \`asso reverse\``,
      `entry ${key} (${date}) of fiscal year ${year}, which is closed, differs from the entry sealed on ${closedOn}: restore it${rows ? ` as sealed (${rows})` : ''}, and correct it in an open year with \`asso reverse\``,
    ),
  sealForged: (year: number, why: Text) =>
    text(
      `le sceau de l'exercice ${year} est endommagé (${why.fr}) : il ne s'accorde pas avec les écritures scellées, il a donc été modifié ; restaurez locks/${year}.json depuis une sauvegarde`,
      `the seal of fiscal year ${year} is broken (${why.en}): it does not agree with the sealed entries, so it was edited; restore locks/${year}.json from a backup`,
    ),
  forgedBalance: (account: string, sealed: Cents, books: Cents) =>
    text(
      `son solde du compte ${account} est ${euros(sealed, 'fr')}, les écritures scellées donnent ${euros(books, 'fr')}`,
      `its balance of account ${account} is ${euros(sealed, 'en')}, the sealed entries give ${euros(books, 'en')}`,
    ),
  forgedResult: (sealed: Cents, balances: Cents) =>
    text(
      `son résultat est ${euros(sealed, 'fr')}, ses soldes donnent ${euros(balances, 'fr')}`,
      `its result is ${euros(sealed, 'en')}, its balances give ${euros(balances, 'en')}`,
    ),
  forgedStatementResult: (shown: string, result: Cents) =>
    text(
      `son compte de résultat montre un résultat de ${shown}, ses soldes donnent ${euros(result, 'fr')}`,
      `its income statement shows a result of ${shown}, its balances give ${euros(result, 'en')}`,
    ),
  forgedStatementAccount: (statement: string, amount: string, account: string, balance: Cents) =>
    text(
      `son ${statement} montre ${amount} sur le compte ${account}, dont le solde est ${euros(balance, 'fr')}`,
      `its ${statement} shows ${amount} on account ${account}, whose balance is ${euros(balance, 'en')}`,
    ),
  forgedStatementLine: (statement: string, amount: string, line: string, sum: Cents) =>
    text(
      `son ${statement} montre ${amount} à la ligne ${line}, ses comptes font ${euros(sum, 'fr')}`,
      `its ${statement} shows ${amount} on line ${line}, its accounts add up to ${euros(sum, 'en')}`,
    ),
  sealStatementsEdited: (year: number) =>
    text(
      `le sceau de l'exercice ${year} est endommagé (ses états ne sont pas ceux que donnent ses écritures scellées) : il a été modifié ; restaurez locks/${year}.json depuis une sauvegarde`,
      `the seal of fiscal year ${year} is broken (its statements are not those its sealed entries give): it was edited; restore locks/${year}.json from a backup`,
    ),
  startedNoRecord: (year: number, left: string, many: boolean, record: string) =>
    text(
      `${left} ${many ? 'ont été écrits' : 'a été écrit'} par une clôture de l'exercice ${year} qui n'a pas gardé trace des comptes dont elle partait (${record}) : si le sceau locks/${year}.json a été retiré, restaurez-le depuis une sauvegarde ; sinon déplacez ${left} et clôturez de nouveau`,
      `${left} ${many ? 'were' : 'was'} written by a close of fiscal year ${year} that left no record of the books it started from (${record}): if the seal locks/${year}.json was removed, restore it from a backup; otherwise move ${left} away and close again`,
    ),
  startedChanged: (year: number, closedOn: string, started: string, now: string) =>
    text(
      `la clôture de l'exercice ${year} a commencé le ${dateIn(closedOn, 'fr')} à partir de comptes d'empreinte ${short(started)}, et les comptes de ${year} ont changé depuis (maintenant ${short(now)}) : une clôture ne s'achève qu'avec les comptes dont elle est partie ; remettez l'exercice tel qu'il était (ou le sceau locks/${year}.json depuis une sauvegarde)`,
      `the close of fiscal year ${year} started on ${closedOn} from books with fingerprint ${short(started)}, and the books of ${year} have changed since (now ${short(now)}): a close is completed only with the books it started from; restore the year as it was (or the seal locks/${year}.json from a backup)`,
    ),
  entryRemoved: (key: string, date: string, year: number) =>
    text(
      `l'écriture ${key} (${dateIn(date, 'fr')}) de l'exercice ${year}, clôturé, manque dans les comptes (ou n'est plus valide) : restaurez-la`,
      `entry ${key} (${date}) of fiscal year ${year}, which is closed, is missing from the books (or no longer valid): restore it`,
    ),
  yearChanged: (year: number, fingerprint: string, keys: readonly string[]) =>
    text(
      `l'exercice ${year} est clôturé (empreinte ${fingerprint}) mais ${keys.length} écriture${keys.length === 1 ? ' diffère' : 's diffèrent'} du sceau : ${keys.join(', ')}`,
      `fiscal year ${year} is closed (fingerprint ${fingerprint}) but ${keys.length} entr${keys.length === 1 ? 'y differs' : 'ies differ'} from the seal: ${keys.join(', ')}`,
    ),
  fileMissing: (file: string, year: number) =>
    text(
      `${file}, écrit par la clôture de l'exercice ${year}, manque : restaurez-le depuis une sauvegarde (un exercice clôturé ne peut pas l'être une seconde fois)`,
      `${file}, written by the close of fiscal year ${year}, is missing: restore it from a backup (a closed year cannot be closed again)`,
    ),
  fileChanged: (file: string, year: number) =>
    text(
      `${file}, écrit par la clôture de l'exercice ${year}, a été modifié après la clôture : l'ouverture de ${year + 1} doit rester telle que la clôture l'a écrite`,
      `${file}, written by the close of fiscal year ${year}, was changed after the close: the opening of ${year + 1} must stay what the close wrote`,
    ),
  incompleteClose: (year: number, opening: string, seal: string) =>
    text(
      `exercice ${year} : ${opening} existe mais pas ${seal} : la clôture a été interrompue, ou le sceau supprimé ; lancez \`asso close --year ${year}\` pour la terminer`,
      `fiscal year ${year}: ${opening} exists but ${seal} does not: the close was interrupted, or the seal removed; run \`asso close --year ${year}\` to complete it`,
    ),
  sealBroken: (year: number, why: Text) =>
    text(
      `le sceau de l'exercice ${year} est endommagé (${why.fr}) : l'état clôturé de l'exercice ne peut plus être vérifié ; restaurez locks/${year}.json depuis une sauvegarde`,
      `the seal of fiscal year ${year} is broken (${why.en}): the year's closed state can no longer be verified; restore locks/${year}.json from a backup`,
    ),
  sealNotJson: () => text("ce n'est pas du JSON valide", 'not valid JSON'),
  sealNotObject: () => text("ce n'est pas un objet JSON", 'not a JSON object'),
  sealVersion: (version: string) => text(`version inconnue ${version}`, `unknown version ${version}`),
  sealYear: (year: string) => text(`il nomme l'exercice ${year}`, `it names fiscal year ${year}`),
  sealMissingField: (key: string) => text(`« ${key} » manque`, `"${key}" is missing`),
  sealResult: () => text("« result » n'est pas un montant", '"result" is not an amount'),
  sealLists: () =>
    text('« entries », « balances » ou « written » manque', '"entries", "balances" or "written" is missing'),
  sealEntryField: () => text('il manque un champ à une écriture de « entries »', 'an entry of "entries" lacks a field'),
  sealFingerprint: () =>
    text(
      'son empreinte ne découle pas de ses propres écritures : le fichier du sceau a été modifié',
      'its fingerprint does not follow from its own entries: the seal file was edited',
    ),
  sealRows: (journal: string, piece: string) =>
    text(
      `les lignes gardées de l'écriture ${journal} ${piece} ne correspondent pas à son empreinte`,
      `the rows kept of entry ${journal} ${piece} do not match its fingerprint`,
    ),
  sealFingerprintBody: () =>
    text(
      "son empreinte ne découle pas de ce qu'il contient : le fichier du sceau a été modifié",
      'its fingerprint does not follow from what it holds: the seal file was edited',
    ),
  sealIntegrity: () =>
    text(
      "son contenu (soldes, états, fichiers) ne correspond pas à son empreinte d'intégrité : le fichier du sceau a été modifié",
      'its content (balances, statements, files) does not match its integrity hash: the seal file was edited',
    ),
  sealBalanceField: () => text('il manque un champ à un solde', 'a balance lacks a field'),
  sealAuxField: () => text('il manque un champ à un solde auxiliaire', 'an auxiliary balance lacks a field'),
  // asso close
  alreadyClosed: (year: number, sealFile: string, fingerprint: string) =>
    text(
      `l'exercice ${year} est déjà clôturé (${sealFile}, empreinte ${fingerprint}) : un exercice clôturé est définitif ; corrigez dans un exercice ouvert (asso reverse)`,
      `fiscal year ${year} is already closed (${sealFile}, fingerprint ${fingerprint}): a closed year is final; correct it in an open year (asso reverse)`,
    ),
  noEntries: (year: number) =>
    text(
      `l'exercice ${year} n'a aucune écriture : il n'y a rien à clôturer`,
      `fiscal year ${year} has no entries: there is nothing to close`,
    ),
  booksHaveErrors: (errors: number) =>
    text(
      `les comptes ont ${errors} erreur${errors === 1 ? '' : 's'} : corrigez-les d'abord (asso check les liste)`,
      `the books have ${errors} error(s): fix them first (asso check lists them)`,
    ),
  previousOpen: (previous: number) =>
    text(
      `l'exercice ${previous} n'est pas clôturé : clôturez les exercices dans l'ordre (asso close --year ${previous})`,
      `fiscal year ${previous} is not closed: close the years in order (asso close --year ${previous})`,
    ),
  suspenseNotNil: (account: string, balance: bigint) =>
    text(
      `le compte ${account} a un solde de ${euros(balance, 'fr')} en fin d'exercice : les comptes d'attente (471) et de virements internes (58) doivent être soldés avant la clôture`,
      `account ${account} holds ${euros(balance, 'en')} at year end: suspense (471) and internal transfer (58) accounts must be nil before closing`,
    ),
  resultPending: (pending: bigint, previous: number) =>
    text(
      `un résultat antérieur de ${euros(pending, 'fr')} est encore au 120/129 : passez d'abord l'affectation votée par l'assemblée (asso allocate --year ${previous})`,
      `an earlier result of ${euros(pending, 'en')} is still on 120/129: book the assembly's allocation first (asso allocate --year ${previous})`,
    ),
  foreignOpening: (next: number, entry: string, where: string) =>
    text(
      `l'exercice ${next} a déjà des écritures d'ouverture que la clôture n'a pas écrites : ${entry} en ${where}`,
      `fiscal year ${next} already has opening entries that close did not write: ${entry} in ${where}`,
    ),
  fileDiffers: (file: string, what: Text) =>
    text(
      `${file} existe et n'est pas ce qu'écrit la clôture (${what.fr}) : déplacez-le, ou corrigez les comptes pour qu'il corresponde`,
      `${file} exists and is not what close writes (${what.en}): move it away, or fix the books so that it matches`,
    ),
  openingEntries: () => text("les écritures d'ouverture", 'the opening entries'),
  accrualReversals: () => text('les extournes des charges et produits constatés', 'the reversals of the accruals'),
  noAccrualsToReverse: (file: string) =>
    text(
      `${file} existe mais l'exercice n'a pas de régularisations à extourner : déplacez-le`,
      `${file} exists but the year has no accruals to reverse: move it away`,
    ),
  // asso allocate
  allocateOpenYear: (year: number) =>
    text(
      `l'exercice ${year} n'est pas clôturé : l'assemblée affecte le résultat d'un exercice clôturé (asso close --year ${year} d'abord)`,
      `fiscal year ${year} is not closed: the assembly allocates the result of a closed year (asso close --year ${year} first)`,
    ),
  nilResult: (year: number) =>
    text(
      `l'exercice ${year} s'est clôturé sur un résultat nul : il n'y a rien à affecter`,
      `fiscal year ${year} closed on a nil result: there is nothing to allocate`,
    ),
  alreadyAllocated: (file: string, year: number) =>
    text(
      `${file} existe déjà : le résultat de ${year} est déjà affecté`,
      `${file} already exists: the result of ${year} is already allocated`,
    ),
  nextClosed: (next: number) =>
    text(
      `l'exercice ${next} est clôturé : l'affectation se passe en ${next}, qui est définitif`,
      `fiscal year ${next} is closed: the allocation is booked in ${next}, which is final`,
    ),
  dateOutside: (date: string, next: number, year: number) =>
    text(
      `la date de l'assemblée ${dateIn(date, 'fr')} n'est pas dans l'exercice ${next} : l'affectation de ${year} se passe en ${next}`,
      `the assembly's date ${date} is not in fiscal year ${next}: the allocation of ${year} is booked in ${next}`,
    ),
  partlyAllocated: (next: number, held: bigint, result: bigint, year: number) =>
    text(
      `les comptes 12 de ${next} portent ${euros(held, 'fr')}, pas le résultat ${euros(result, 'fr')} de ${year} : il est déjà (en partie) affecté`,
      `the accounts of 12 of ${next} hold ${euros(held, 'en')}, not the result ${euros(result, 'en')} of ${year}: it is already (partly) allocated`,
    ),
  surplusTarget: (account: string) =>
    text(
      `compte ${account} : un excédent va au report à nouveau (110) ou aux réserves (1063, 1068)`,
      `account ${account}: an excédent goes to report à nouveau (110) or to reserves (1063, 1068)`,
    ),
  deficitTarget: (account: string) =>
    text(
      `compte ${account} : un déficit va au report à nouveau débiteur (119) ou s'impute sur le 110 ou le 1068`,
      `account ${account}: a déficit goes to report à nouveau débiteur (119) or against 110 or 1068`,
    ),
  notPositive: (account: string, amount: bigint) =>
    text(
      `${account}=${euros(amount, 'fr')} : donnez chaque montant en nombre positif`,
      `${account}=${euros(amount, 'en')}: give each amount as a positive number`,
    ),
  partsDiffer: (total: bigint, surplus: boolean, year: number, result: bigint) =>
    text(
      `les montants font ${euros(total, 'fr')} mais ${surplus ? "l'excédent" : 'le déficit'} de ${year} est de ${euros(result, 'fr')}`,
      `the amounts add up to ${euros(total, 'en')} but the ${surplus ? 'excédent' : 'déficit'} of ${year} is ${euros(result, 'en')}`,
    ),
  // asso reverse
  reverseInClosed: (year: number) =>
    text(
      `l'exercice ${year} est clôturé : datez la contre-passation dans un exercice ouvert`,
      `fiscal year ${year} is closed: date the reversal in an open year`,
    ),
  reverseBefore: (date: string, entryDate: string) =>
    text(
      `la contre-passation ne peut pas être datée du ${dateIn(date, 'fr')}, avant l'écriture qu'elle annule (${dateIn(entryDate, 'fr')})`,
      `the reversal cannot be dated ${date}, before the entry it reverses (${entryDate})`,
    ),
  alreadyReversed: (entry: string, year: number, piece: string) =>
    text(
      `l'écriture ${entry} est déjà contre-passée dans l'exercice ${year} (EX ${piece})`,
      `entry ${entry} is already reversed in fiscal year ${year} (EX ${piece})`,
    ),
  // What the commands print
  needsYearToClose: () =>
    text(
      "close a besoin de l'exercice à clôturer : asso close --year 2011",
      'close needs the year to close: asso close --year 2011',
    ),
  cannotClose: (year: number, reason: Text) =>
    text(`impossible de clôturer l'exercice ${year} : ${reason.fr}`, `cannot close fiscal year ${year}: ${reason.en}`),
  closing: (year: number, start: string, end: string, entries: number, result: bigint, account: string) =>
    text(
      `Clôture de l'exercice ${year} (${dateIn(start, 'fr')} – ${dateIn(end, 'fr')}) : ${entries} écriture${entries > 1 ? 's' : ''}, ${result >= 0n ? 'excédent' : 'déficit'} ${euros(result >= 0n ? result : -result, 'fr')} porté au compte ${account}`,
      `Closing fiscal year ${year} (${start} – ${end}): ${entries} entr${entries === 1 ? 'y' : 'ies'}, ${result >= 0n ? 'surplus' : 'deficit'} ${euros(result >= 0n ? result : -result, 'en')} carried to account ${account}`,
    ),
  stepRows: (rows: number) => text(`${rows} lignes`, `${rows} rows`),
  stepSeal: () => text('le sceau', 'the seal'),
  stepKept: () =>
    text(' : déjà écrit par une clôture interrompue, conservé', ': already written by an interrupted close, kept'),
  remapsTitle: (next: number) =>
    text(
      `Comptes reportés sur un autre numéro en ${next} (changement de plan comptable) :`,
      `Accounts carried onto another number in ${next} (change of chart):`,
    ),
  remap: (from: string, to: string, balance: bigint) =>
    text(`  ${from} → ${to} : ${euros(balance, 'fr')}`, `  ${from} → ${to}: ${euros(balance, 'en')}`),
  closeIsFinal: () =>
    text(
      "la clôture est définitive : ajoutez --yes pour clôturer sans terminal (aucune question n'est posée quand l'entrée standard n'est pas un terminal)",
      'close is final: pass --yes to close without a terminal (no question is asked when stdin is not a terminal)',
    ),
  confirmClose: (year: number) =>
    text(`Clôturer l'exercice ${year} ? C'est définitif. [o/N] `, `Close fiscal year ${year}? This is final. [y/N] `),
  closed: (year: number, closedOn: string, fingerprint: string) =>
    text(
      `Exercice ${year} clôturé le ${dateIn(closedOn, 'fr')}.\nEmpreinte (SHA-256) : ${fingerprint}`,
      `Fiscal year ${year} closed on ${closedOn}.\nFingerprint (SHA-256): ${fingerprint}`,
    ),
  chained: (year: number, fingerprint: string) =>
    text(`Chaînée au sceau de ${year} : ${fingerprint}`, `Chained to the seal of ${year}: ${fingerprint}`),
  allocateNeedsParts: () =>
    text(
      "allocate a besoin d'au moins un compte=montant, par exemple 110=1436.00",
      'allocate needs at least one account=amount, e.g. 110=1436.00',
    ),
  notAPart: (arg: string) =>
    text(
      `« ${arg} » n'est pas de la forme compte=montant, par exemple 110=1436.00`,
      `"${arg}" is not account=amount, such as 110=1436.00`,
    ),
  cannotAllocate: (year: number) =>
    text(`impossible d'affecter le résultat de ${year}`, `cannot allocate the result of ${year}`),
  cannotReverse: (entry: string, year: number) =>
    text(`impossible de contre-passer ${entry} de ${year}`, `cannot reverse ${entry} of ${year}`),
  refused: (what: Text, reason: Text) => text(`${what.fr} : ${reason.fr}`, `${what.en}: ${reason.en}`),
  booksHaveErrorsFirst: () =>
    text(
      "les comptes ont des erreurs : corrigez-les d'abord (asso check les liste)",
      'the books have errors: fix them first (asso check lists them)',
    ),
  noSuchEntry: (year: number, entry: string) =>
    text(`l'exercice ${year} n'a pas d'écriture ${entry}`, `fiscal year ${year} has no entry ${entry}`),
  otherColumns: (file: string, header: string) =>
    text(
      `${file} existe avec d'autres colonnes que ${header} : déplacez-le`,
      `${file} exists with other columns than ${header}: move it away`,
    ),
  allocated: (year: number, result: bigint, file: string, parts: readonly { account: string; amount: bigint }[]) =>
    text(
      `Affectation du résultat ${year} (${euros(result, 'fr')}) écrite dans ${file} : ${parts.map((p) => `${p.account} ${euros(p.amount, 'fr')}`).join(', ')}`,
      `Allocation of the result of ${year} (${euros(result, 'en')}) written to ${file}: ${parts.map((p) => `${p.account} ${euros(p.amount, 'en')}`).join(', ')}`,
    ),
  reversed: (entry: string, entryDate: string, file: string, piece: string, date: string) =>
    text(
      `Contre-passation de ${entry} (${dateIn(entryDate, 'fr')}) écrite dans ${file} : EX ${piece} du ${dateIn(date, 'fr')}`,
      `Reversal of ${entry} (${entryDate}) written to ${file}: EX ${piece} of ${date}`,
    ),
} as const;
