// Messages of `asso assets` (immobilisations) and of the register's checks.
import type { Cents } from '../money.js';
import { euros } from './number.js';
import { text } from './text.js';

export const assetMessages = {
  missingColumns: (columns: string) =>
    text(
      `assets.csv : colonnes manquantes (${columns}) ; l'en-tête attendu est id,account,label,acquired,cost,years`,
      `assets.csv: missing columns (${columns}); the header is id,account,label,acquired,cost,years`,
    ),
  missing: (column: string) =>
    text(`la colonne ${column} est vide : remplissez-la`, `the ${column} column is empty: fill it in`),
  duplicateId: (id: string, line: number) =>
    text(
      `l'immobilisation ${id} figure déjà ligne ${line} : donnez-lui un autre code`,
      `asset ${id} is already on line ${line}: give it another id`,
    ),
  notFixedAsset: (account: string) =>
    text(
      `« ${account} » n'est pas un compte d'immobilisation (classe 2, par exemple 218300)`,
      `"${account}" is not a fixed-asset account (class 2, such as 218300)`,
    ),
  notDepreciable: (account: string) =>
    text(
      `le compte ${account} n'est pas une immobilisation amortissable (23 en cours, 26 et 27 financières) : il n'a pas sa place dans assets.csv`,
      `account ${account} is not a depreciable fixed asset (23 in progress, 26 and 27 financial): it does not belong in assets.csv`,
    ),
  badDate: (column: string, value: string) =>
    text(
      `${column} : « ${value} » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)`,
      `${column}: "${value}" is not a date (YYYY-MM-DD or DD/MM/YYYY)`,
    ),
  badAmount: (column: string, value: string, decimals: boolean) =>
    decimals
      ? text(
          `${column} : « ${value} » a plus de deux décimales : écrivez le montant au centime`,
          `${column}: "${value}" has more than two decimals: write the amount to the cent`,
        )
      : text(`${column} : « ${value} » n'est pas un montant`, `${column}: "${value}" is not an amount`),
  negative: (column: string, value: string) =>
    text(`${column} : « ${value} » est négatif`, `${column}: "${value}" is negative`),
  badYears: (value: string) =>
    text(
      `years : « ${value} » n'est pas une durée en années (0 pour ce qui ne s'amortit pas, comme un terrain)`,
      `years: "${value}" is not a number of years (0 for what is not depreciated, such as land)`,
    ),
  zeroYears: (account: string) =>
    text(
      `durée 0 sur le compte ${account}, qui s'amortit : donnez la durée d'utilisation en années`,
      `0 years on account ${account}, which is depreciated: give the useful life in years`,
    ),
  landDepreciated: (account: string) =>
    text(
      `un terrain (${account}) ne s'amortit pas : mettez 0 en years`,
      `land (${account}) is not depreciated: write 0 years`,
    ),
  disposedBeforeAcquired: (disposed: string, acquired: string) =>
    text(
      `sortie le ${disposed}, avant l'acquisition du ${acquired}`,
      `disposed of on ${disposed}, before it was acquired on ${acquired}`,
    ),
  inServiceBeforeAcquired: (inService: string, acquired: string) =>
    text(
      `mise en service le ${inService}, avant l'acquisition du ${acquired}`,
      `put in service on ${inService}, before it was acquired on ${acquired}`,
    ),
  priorOverCost: () =>
    text('les amortissements antérieurs dépassent le coût', 'the prior depreciation exceeds the cost'),
  subsidyOverCost: () =>
    text("la subvention d'investissement dépasse le coût", 'the investment subsidy exceeds the cost'),
  badDepreciationAccount: (account: string) =>
    text(
      `« ${account} » n'est pas un compte d'amortissement (28…)`,
      `"${account}" is not a depreciation account (28…)`,
    ),
  mismatch: (year: number, account: string, books: Cents, register: Cents) =>
    text(
      `exercice ${year} : le solde du compte ${account} (${euros(books, 'fr')}) diffère du registre des immobilisations (${euros(register, 'fr')}), écart ${euros(books - register, 'fr')} : corrigez assets.csv ou les écritures`,
      `fiscal year ${year}: the balance of account ${account} (${euros(books, 'en')}) differs from the fixed-asset register (${euros(register, 'en')}) by ${euros(books - register, 'en')}: correct assets.csv or the entries`,
    ),
  notBooked: (year: number) =>
    text(
      `les dotations aux amortissements de ${year} ne sont pas passées (assets.csv en prévoit) : asso immobilisations --book --year ${year}, avant de clôturer`,
      `the ${year} depreciation is not booked (assets.csv has some): asso assets --book --year ${year}, before closing`,
    ),
  sealed: (year: number) =>
    text(
      `l'exercice ${year} est clôturé (locks/${year}.json) : ses amortissements ne peuvent plus être passés`,
      `fiscal year ${year} is closed (locks/${year}.json): its depreciation can no longer be booked`,
    ),
  booked: (file: string, entries: number, total: Cents) =>
    text(
      `${entries} écriture(s) écrite(s) dans ${file} (dotations ${euros(total, 'fr')})`,
      `${entries} entr(y/ies) written to ${file} (depreciation ${euros(total, 'en')})`,
    ),
  noAssets: () =>
    text(
      'pas de fichier assets.csv : décrivez les immobilisations (id,account,label,acquired,cost,years), voir docs/immobilisations.md',
      'no assets.csv: describe the fixed assets (id,account,label,acquired,cost,years), see docs/immobilisations.md',
    ),
};
