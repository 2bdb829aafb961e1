// Messages and labels of projects.csv, `asso budget --project` and `asso subsidy-report`
// (compte-rendu financier, cerfa 15059).
import { text } from './text.js';

const list = (known: readonly string[]) => known.join(', ');

export const subsidyMessages = {
  unknownBudgetProject: (year: number, project: string, known: readonly string[]) =>
    known.length
      ? text(
          `le budget ${year} n'a pas de ligne pour le projet « ${project} » : ses projets sont ${list(known)}`,
          `the ${year} budget has no line for the project "${project}": its projects are ${list(known)}`,
        )
      : text(
          `le budget ${year} n'a pas de ligne par projet : ajoutez une colonne analytic qui nomme le projet`,
          `the ${year} budget has no line by project: add an analytic column naming the project`,
        ),
  projectBudgetOf: (name: string, project: string) =>
    text(`${name} — projet ${project}`, `${name} — project ${project}`),
  budgetProjectUnused: (project: string, year: number) =>
    text(
      `le budget a des lignes pour le projet « ${project} », mais aucune écriture de l'exercice ${year} ne le porte : vérifiez le code dans la colonne analytic des journaux ou du budget`,
      `the budget has lines for the project "${project}", but no posting of fiscal year ${year} carries it: check the code in the analytic column of the journals or of the budget`,
    ),
  projectRequired: () =>
    text(
      'indiquez le projet : asso compte-rendu --project <code> (les codes de la colonne analytic)',
      'name the project: asso subsidy-report --project <code> (the codes of the analytic column)',
    ),
  unknownProject: (year: number, project: string, known: readonly string[]) =>
    known.length
      ? text(
          `le projet « ${project} » n'est ni dans projects.csv ni sur une écriture de l'exercice ${year} : les projets sont ${list(known)}`,
          `the project "${project}" is neither in projects.csv nor on a posting of fiscal year ${year}: the projects are ${list(known)}`,
        )
      : text(
          `aucun projet : décrivez-les dans projects.csv et indiquez-les dans la colonne analytic des journaux`,
          `no project: describe them in projects.csv and tag postings in the analytic column of the journals`,
        ),
  projectsHaveErrors: () =>
    text(
      'projects.csv a des erreurs : aucun compte-rendu n’est imprimé avant leur correction',
      'projects.csv has errors: no compte-rendu is printed until they are fixed',
    ),
  budgetHasErrors: (file: string) =>
    text(
      `le budget ${file} a des erreurs : le compte-rendu est imprimé sans colonne budget`,
      `the budget ${file} has errors: the compte-rendu is printed without a budget column`,
    ),

  // projects.csv
  missingColumns: (missing: string, found: string) =>
    text(
      `colonnes obligatoires absentes : ${missing} (colonnes trouvées : ${found}) ; projects.csv commence par code,label,funder,key,share`,
      `required columns missing: ${missing} (columns found: ${found}); projects.csv starts with code,label,funder,key,share`,
    ),
  emptyCode: () =>
    text(
      'le code du projet est vide : écrivez le code que porte la colonne analytic des journaux',
      'the project code is empty: write the code the analytic column of the journals carries',
    ),
  duplicateCode: (code: string, first: number) =>
    text(
      `le projet ${code} est déjà décrit ligne ${first} : gardez une seule ligne par projet`,
      `the project ${code} is already described at line ${first}: keep one line per project`,
    ),
  badKey: (key: string) =>
    text(
      `clé de répartition « ${key} » inconnue : écrivez none (pas de charges indirectes), share (une quote-part déclarée dans share) ou charges (au prorata des charges directes)`,
      `unknown allocation key "${key}": write none (no indirect charges), share (a declared share in the share column) or charges (prorata of the direct charges)`,
    ),
  shareRequired: () =>
    text(
      'la clé share demande une quote-part dans la colonne share, un décimal entre 0 et 1 (0.25 pour un quart)',
      'the key share needs a share in the share column, a decimal between 0 and 1 (0.25 for a quarter)',
    ),
  badShare: (share: string) =>
    text(
      `quote-part « ${share} » illisible : écrivez un décimal entre 0 et 1, au plus 6 décimales (0.25 ou 0,25)`,
      `share "${share}" cannot be read: write a decimal between 0 and 1, at most 6 decimals (0.25 or 0,25)`,
    ),
  shareWithoutKey: (key: string) =>
    text(
      `une quote-part n'a de sens qu'avec la clé share (ici ${key}) : videz la colonne share ou écrivez share dans key`,
      `a share only goes with the key share (here ${key}): empty the share column or write share in key`,
    ),
  badIndirectBudget: (value: string) =>
    text(
      `budget des charges indirectes « ${value} » illisible : écrivez un montant positif en euros (1200,00 ou 1200.00), ou laissez vide`,
      `indirect budget "${value}" cannot be read: write a positive amount in euros (1200.00), or leave it empty`,
    ),
  sharesOverOne: (total: string) =>
    text(
      `les quotes-parts des projets font ${total}, plus que la totalité des charges sans projet : ramenez leur somme à 1 au plus`,
      `the projects' shares add up to ${total}, more than all the charges without a project: bring their sum to 1 at most`,
    ),
};

/** Labels of the compte-rendu (statement labels: they follow --lang). */
export const subsidyLabels = {
  title: (project: string, year: number) =>
    text(
      `Compte-rendu financier de l'action ${project} — exercice ${year}`,
      `Financial report of the action ${project} — fiscal year ${year}`,
    ),
  form: () =>
    text(
      'Cerfa n° 15059 — compte rendu financier de subvention (art. 10 de la loi du 12 avril 2000)',
      'Cerfa no. 15059 — financial report on a subsidy (art. 10 of the law of 12 April 2000)',
    ),
  funderLine: (funder: string) => text(`Financeur : ${funder}`, `Funder: ${funder}`),
  period: (start: string, end: string) => text(`Du ${start} au ${end}`, `From ${start} to ${end}`),
  heading: () => text('Poste', 'Item'),
  budget: () => text('Prévision', 'Budget'),
  actual: () => text('Réalisation', 'Actual'),
  difference: () => text('Écart', 'Difference'),
  percent: () => text('Écart %', 'Difference %'),
  charges: () => text('Charges', 'Charges'),
  products: () => text('Produits', 'Products'),
  directCharges: () => text('Charges directes', 'Direct charges'),
  indirect: () => text('Charges indirectes réparties affectées à l’action', 'Indirect charges allocated to the action'),
  totalCharges: () => text('Total des charges', 'Total charges'),
  totalProducts: () => text('Total des produits', 'Total products'),
  result: () => text('Excédent ou déficit de l’action', 'Surplus or deficit of the action'),
  inKindUses: () =>
    text('86 – Emplois des contributions volontaires en nature', '86 – Uses of voluntary contributions in kind'),
  inKindResources: () => text('87 – Contributions volontaires en nature', '87 – Voluntary contributions in kind'),
  percentValue: (value: string) => text(`${value.replace('.', ',')} %`, `${value}%`),
  association: (name: string) => text(`Association : ${name}`, `Association: ${name}`),
  notes: () => text('Annexe : explications', 'Annex: explanations'),
  inKind: () => text('Contributions volontaires en nature', 'Voluntary contributions in kind'),
  explained: (heading: string, body: string) => text(`${heading} : ${body}`, `${heading}: ${body}`),
  /** A funder: its aux code, and the aux_label of its rows when they give one (the same in both languages). */
  funder: (aux: string, label: string) => (label ? text(`${aux} – ${label}`, `${aux} – ${label}`) : text(aux, aux)),
  noFunder: () => text('Financeur non précisé (aux vide)', 'Funder not given (empty aux)'),
  key: (key: string, share: string | null) =>
    key === 'share'
      ? text(
          `Clé de répartition des charges indirectes : quote-part ${share?.replace('.', ',')} des charges sans projet`,
          `Indirect charges key: a share of ${share} of the charges without a project`,
        )
      : key === 'charges'
        ? text(
            'Clé de répartition des charges indirectes : au prorata des charges directes',
            'Indirect charges key: prorata of the direct charges',
          )
        : text('Pas de charges indirectes affectées à l’action', 'No indirect charges allocated to the action'),
  explanation: {
    objectives: () => text('Objectifs et mise en œuvre de l’action', 'Objectives and implementation of the action'),
    results: () => text('Résultats obtenus', 'Results achieved'),
    deviations: () => text('Écarts entre prévision et réalisation', 'Deviations between budget and actual'),
    indirect_rule: () => text('Règle de répartition des charges indirectes', 'Rule for allocating indirect charges'),
    in_kind_notes: () => text('Contributions volontaires en nature', 'Voluntary contributions in kind'),
  },
};

/** The rubrics of the form, by account prefix: its label in both languages. */
export const rubricLabels: Readonly<Record<string, ReturnType<typeof text>>> = {
  '60': text('60 – Achats', '60 – Purchases'),
  '61': text('61 – Services extérieurs', '61 – External services'),
  '62': text('62 – Autres services extérieurs', '62 – Other external services'),
  '63': text('63 – Impôts et taxes', '63 – Taxes'),
  '64': text('64 – Charges de personnel', '64 – Staff costs'),
  '65': text('65 – Autres charges de gestion courante', '65 – Other operating charges'),
  '66': text('66 – Charges financières', '66 – Financial charges'),
  '67': text('67 – Charges exceptionnelles', '67 – Exceptional charges'),
  '68': text(
    '68 – Dotations aux amortissements, provisions et engagements',
    '68 – Depreciation, provisions and commitments',
  ),
  '69': text('69 – Impôts sur les bénéfices', '69 – Income tax'),
  '70': text(
    '70 – Ventes de produits finis, prestations de services, marchandises',
    '70 – Sales of goods and services',
  ),
  '71': text('71-72 – Production stockée et immobilisée', '71-72 – Stored and capitalised production'),
  '73': text('73 – Concours publics et dotations', '73 – Public contributions'),
  '74': text('74 – Subventions d’exploitation', '74 – Operating subsidies'),
  '75': text(
    '75 – Autres produits de gestion courante (cotisations, dons)',
    '75 – Other operating income (fees, gifts)',
  ),
  '76': text('76 – Produits financiers', '76 – Financial income'),
  '77': text('77 – Produits exceptionnels', '77 – Exceptional income'),
  '78': text(
    '78 – Reprises sur amortissements et provisions, utilisations de fonds dédiés',
    '78 – Reversals of depreciation and provisions, use of dedicated funds',
  ),
  '79': text('79 – Transferts de charges', '79 – Charge transfers'),
  '86': text('86 – Emplois des contributions volontaires en nature', '86 – Uses of voluntary contributions in kind'),
  '87': text('87 – Contributions volontaires en nature', '87 – Voluntary contributions in kind'),
};
