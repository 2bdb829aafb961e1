// donors.csv: the donors, named by the aux code their gifts carry (aux,name,address,postcode,city).
import { existsSync, readFileSync } from 'node:fs';
import { error, type Diagnostic } from '../diagnostics.js';
import { receiptMessages as m } from '../messages/receipts.js';
import { normalizeName } from '../read/columns.js';
import { isBlankRecord, readCsv } from '../read/csv.js';

export interface Donor {
  readonly aux: string;
  readonly name: string;
  readonly address: string;
  readonly postcode: string;
  readonly city: string;
  readonly line: number;
  /** False when a field a receipt needs is missing (reported): no receipt for this donor. */
  readonly complete: boolean;
}

const COLUMNS: Readonly<Record<string, keyof Omit<Donor, 'line' | 'complete'>>> = {
  aux: 'aux',
  code: 'aux',
  compteauxiliaire: 'aux',
  name: 'name',
  nom: 'name',
  address: 'address',
  adresse: 'address',
  postcode: 'postcode',
  codepostal: 'postcode',
  cp: 'postcode',
  city: 'city',
  ville: 'city',
  commune: 'city',
};

export function readDonors(file: string): { donors: Map<string, Donor>; diagnostics: Diagnostic[] } {
  const donors = new Map<string, Donor>();
  const diagnostics: Diagnostic[] = [];
  if (!existsSync(file)) return { donors, diagnostics };
  let index: Partial<Record<keyof Donor, number>> | undefined;
  const result = readCsv(
    readFileSync(file),
    (row) => {
      if (isBlankRecord(row.fields)) return;
      if (!index) {
        index = {};
        row.fields.forEach((name, position) => {
          const column = COLUMNS[normalizeName(name)];
          if (column && index![column] === undefined) index![column] = position;
        });
        const missing = (['aux', 'name', 'address', 'postcode', 'city'] as const).filter(
          (c) => index![c] === undefined,
        );
        if (missing.length)
          diagnostics.push(error('donor-incomplete', m.donorsMissingColumns(missing.join(', ')), { file, line: 1 }));
        return;
      }
      const cell = (column: keyof Donor): string => {
        const at = index?.[column];
        return at === undefined ? '' : (row.fields[at] ?? '').trim();
      };
      const donor = {
        aux: cell('aux'),
        name: cell('name'),
        address: cell('address'),
        postcode: cell('postcode'),
        city: cell('city'),
        line: row.line,
      };
      if (!donor.aux) {
        diagnostics.push(error('donor-incomplete', m.donorWithoutCode(), { file, line: row.line }));
        return;
      }
      const missing = (['name', 'address', 'postcode', 'city'] as const).filter((field) => !donor[field]);
      if (missing.length)
        diagnostics.push(
          error('donor-incomplete', m.donorMissing(donor.aux, missing.join(', ')), { file, line: row.line }),
        );
      if (donors.has(donor.aux))
        diagnostics.push(
          error('donor-incomplete', m.donorTwice(donor.aux, donors.get(donor.aux)!.line), { file, line: row.line }),
        );
      else donors.set(donor.aux, { ...donor, complete: missing.length === 0 });
    },
    (problem) => diagnostics.push(error('donor-incomplete', problem.message, { file, line: problem.line })),
  );
  if ('problem' in result)
    diagnostics.push(error('donor-incomplete', result.problem.message, { file, line: result.problem.line }));
  return { donors, diagnostics };
}
