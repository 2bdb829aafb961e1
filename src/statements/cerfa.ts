// The budget page of the public subsidy application form (cerfa n° 12156, "dossier de demande de
// subvention"), as data: charges and produits by two-digit account class. The contributions
// volontaires en nature below it are the income statement's in-kind block (pca2018.ts), reused.
import type { Label } from './layout.js';

export interface CerfaGroupSpec {
  /** The two-digit class the group gathers (`60`, `74` …). */
  readonly code: string;
  readonly label: Label;
}

const l = (fr: string, en: string) => ({ fr, en });

export const CERFA_12156 = {
  expenses: {
    heading: l('Charges', 'Expenses'),
    total: l('Total des charges', 'Total expenses'),
    groups: [
      { code: '60', label: l('Achats', 'Purchases') },
      { code: '61', label: l('Services extérieurs', 'External services') },
      { code: '62', label: l('Autres services extérieurs', 'Other external services') },
      { code: '63', label: l('Impôts et taxes', 'Taxes') },
      { code: '64', label: l('Charges de personnel', 'Staff costs') },
      { code: '65', label: l('Autres charges de gestion courante', 'Other operating expenses') },
      { code: '66', label: l('Charges financières', 'Financial expenses') },
      { code: '67', label: l('Charges exceptionnelles', 'Exceptional expenses') },
      {
        code: '68',
        label: l(
          'Dotations aux amortissements, dépréciations, provisions et engagements',
          'Depreciation, impairment, provisions and commitments',
        ),
      },
      {
        code: '69',
        label: l('Impôts sur les bénéfices ; participation des salariés', 'Income tax; employee profit-sharing'),
      },
    ] as readonly CerfaGroupSpec[],
  },
  income: {
    heading: l('Produits', 'Income'),
    total: l('Total des produits', 'Total income'),
    groups: [
      {
        code: '70',
        label: l('Ventes de produits finis, de marchandises, prestations de services', 'Sales of goods and services'),
      },
      { code: '71', label: l('Production stockée', 'Change in finished goods') },
      { code: '72', label: l('Production immobilisée', 'Own work capitalised') },
      { code: '73', label: l('Dotations et produits de tarification', 'Endowments and tariff income') },
      { code: '74', label: l("Subventions d'exploitation", 'Operating grants') },
      {
        code: '75',
        label: l(
          'Autres produits de gestion courante (dont cotisations, dons manuels ou legs)',
          'Other operating income (membership fees, donations, bequests)',
        ),
      },
      { code: '76', label: l('Produits financiers', 'Financial income') },
      { code: '77', label: l('Produits exceptionnels', 'Exceptional income') },
      {
        code: '78',
        label: l(
          'Reprises sur amortissements, dépréciations et provisions',
          'Reversals of depreciation, impairment and provisions',
        ),
      },
      { code: '79', label: l('Transferts de charges', 'Transfers of charges') },
    ] as readonly CerfaGroupSpec[],
  },
  /** The line that balances the two columns: the forecast surplus (charges side) or deficit (produits side). */
  surplus: l('Excédent', 'Surplus'),
  deficit: l('Déficit', 'Deficit'),
  balancedExpenses: l('Total des charges et de l’excédent', 'Total expenses and surplus'),
  balancedIncome: l('Total des produits et du déficit', 'Total income and deficit'),
} as const;
