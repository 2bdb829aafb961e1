// The ANC 2018-06 statement models (art. 421-1 and 422-1), 2020–2024 chart, as data: the
// account → line mappings of shared/domain/README.md §2.2–2.5. Where the model is silent the
// choice is marked "practice". Headings of the chart (60, 74 …) carry a fallback line so that
// every account a user may create lands on exactly one line.
import type { BalanceSheetSpec, IncomeBlockSpec, IncomeStatementSpec, ReferenceSet } from './layout.js';

const l = (fr: string, en: string) => ({ fr, en });

const operatingIncome: IncomeBlockSpec = {
  id: 'produits-exploitation',
  side: 'income',
  heading: l("Produits d'exploitation", 'Operating income'),
  total: {
    id: 'produits.total-exploitation',
    label: l("Total des produits d'exploitation (I)", 'Total operating income (I)'),
  },
  lines: [
    { id: 'produits.cotisations', label: l('Cotisations', 'Membership fees'), prefixes: ['756'] },
    {
      id: 'produits.ventes-biens',
      label: l('Ventes de biens', 'Sales of goods'),
      prefixes: ['701', '702', '703', '707', '7091', '7092', '7097'],
      dont: [
        {
          id: 'produits.ventes-dons-en-nature',
          label: l('dont ventes de dons en nature', 'of which sales of donated goods'),
          prefixes: ['7073'],
        },
      ],
    },
    {
      id: 'produits.prestations',
      label: l('Ventes de prestations de service', 'Sales of services'),
      prefixes: ['70', '704', '705', '706', '708', '709', '7094', '7095', '7096', '7098'],
      dont: [{ id: 'produits.parrainages', label: l('dont parrainages', 'of which sponsorship'), prefixes: ['7063'] }],
    },
    {
      id: 'produits.subventions',
      label: l("Concours publics et subventions d'exploitation", 'Public funding and operating grants'),
      prefixes: ['73', '74'],
    },
    {
      id: 'produits.versements-fondateurs',
      label: l(
        'Versements des fondateurs ou consommations de la dotation consomptible',
        "Founders' payments or use of the consumable endowment",
      ),
      prefixes: ['753'],
    },
    { id: 'produits.dons-manuels', label: l('Dons manuels', 'Donations'), prefixes: ['754', '7541'] },
    { id: 'produits.mecenats', label: l('Mécénats', 'Patronage'), prefixes: ['7542'] },
    {
      id: 'produits.legs',
      label: l('Legs, donations et assurances-vie', 'Bequests, gifts and life insurance'),
      prefixes: ['7543', '7754', '78164', '7891', '6754', '68164', '6891'],
    },
    {
      id: 'produits.contributions-financieres',
      label: l('Contributions financières', 'Financial contributions'),
      prefixes: ['755'],
    },
    {
      id: 'produits.reprises',
      label: l(
        'Reprises sur amortissements, dépréciations, provisions et transferts de charges',
        'Reversals of depreciation, impairment, provisions and transfers of charges',
      ),
      prefixes: ['78', '781', '79', '791'],
    },
    {
      id: 'produits.fonds-dedies',
      label: l('Utilisations des fonds dédiés', 'Use of dedicated funds'),
      prefixes: ['789', '7893', '7894', '7895', '7896'],
    },
    {
      id: 'produits.autres',
      label: l('Autres produits', 'Other income'),
      prefixes: ['71', '72', '75', '751', '752', '757', '758'],
    },
  ],
};

const operatingExpenses: IncomeBlockSpec = {
  id: 'charges-exploitation',
  side: 'expenses',
  heading: l("Charges d'exploitation", 'Operating expenses'),
  total: {
    id: 'charges.total-exploitation',
    label: l("Total des charges d'exploitation (II)", 'Total operating expenses (II)'),
  },
  lines: [
    {
      id: 'charges.achats-marchandises',
      label: l('Achats de marchandises', 'Purchases of goods for resale'),
      prefixes: ['607', '6087', '6097'],
    },
    { id: 'charges.variation-stock', label: l('Variation de stock', 'Change in inventory'), prefixes: ['603'] },
    {
      id: 'charges.autres-achats',
      label: l('Autres achats et charges externes', 'Other purchases and external charges'),
      prefixes: ['60', '601', '602', '604', '605', '606', '608', '609', '61', '62'],
    },
    { id: 'charges.aides-financieres', label: l('Aides financières', 'Financial aid granted'), prefixes: ['657'] },
    {
      id: 'charges.impots-taxes',
      label: l('Impôts, taxes et versements assimilés', 'Taxes and similar payments'),
      prefixes: ['63'],
    },
    {
      id: 'charges.salaires',
      label: l('Salaires et traitements', 'Wages and salaries'),
      prefixes: ['64', '641', '644', '648'],
    },
    {
      id: 'charges.charges-sociales',
      label: l('Charges sociales', 'Social security charges'),
      prefixes: ['645', '646', '647'],
    },
    {
      id: 'charges.dotations-amortissements',
      label: l('Dotations aux amortissements et aux dépréciations', 'Depreciation and impairment'),
      prefixes: ['68', '681', '6811', '6812', '6816', '6817'],
    },
    { id: 'charges.dotations-provisions', label: l('Dotations aux provisions', 'Provisions'), prefixes: ['6815'] },
    {
      id: 'charges.reports-fonds-dedies',
      label: l('Reports en fonds dédiés', 'Transfers to dedicated funds'),
      prefixes: ['689', '6893', '6894', '6895', '6896'],
    },
    {
      id: 'charges.autres',
      label: l('Autres charges', 'Other expenses'),
      prefixes: ['65', '651', '653', '654', '655', '658'],
    },
  ],
};

const financialIncome: IncomeBlockSpec = {
  id: 'produits-financiers',
  side: 'income',
  heading: l('Produits financiers', 'Financial income'),
  total: {
    id: 'produits.total-financiers',
    label: l('Total des produits financiers (III)', 'Total financial income (III)'),
  },
  lines: [
    { id: 'produits.participations', label: l('De participation', 'From participating interests'), prefixes: ['761'] },
    {
      id: 'produits.autres-valeurs-mobilieres',
      label: l(
        "D'autres valeurs mobilières et créances de l'actif immobilisé",
        'From other securities and long-term receivables',
      ),
      prefixes: ['762'],
    },
    {
      id: 'produits.interets',
      label: l('Autres intérêts et produits assimilés', 'Other interest and similar income'),
      prefixes: ['76', '763', '764', '765', '768'],
    },
    {
      id: 'produits.reprises-financieres',
      label: l(
        'Reprises sur provisions, dépréciations et transferts de charge',
        'Reversals of provisions, impairment and transfers of charges',
      ),
      prefixes: ['786', '796'],
    },
    { id: 'produits.change', label: l('Différences positives de change', 'Foreign exchange gains'), prefixes: ['766'] },
    {
      id: 'produits.cessions-vmp',
      label: l(
        'Produits nets sur cessions de valeurs mobilières de placement',
        'Net gains on disposals of marketable securities',
      ),
      prefixes: ['767'],
    },
  ],
};

const financialExpenses: IncomeBlockSpec = {
  id: 'charges-financieres',
  side: 'expenses',
  heading: l('Charges financières', 'Financial expenses'),
  total: {
    id: 'charges.total-financieres',
    label: l('Total des charges financières (IV)', 'Total financial expenses (IV)'),
  },
  lines: [
    {
      id: 'charges.dotations-financieres',
      label: l('Dotations aux amortissements, dépréciations et provisions', 'Depreciation, impairment and provisions'),
      prefixes: ['686'],
    },
    {
      id: 'charges.interets',
      label: l('Intérêts et charges assimilées', 'Interest and similar charges'),
      prefixes: ['66', '661', '664', '665', '668'],
    },
    { id: 'charges.change', label: l('Différences négatives de change', 'Foreign exchange losses'), prefixes: ['666'] },
    {
      id: 'charges.cessions-vmp',
      label: l(
        'Charges nettes sur cessions de valeurs mobilières de placement',
        'Net losses on disposals of marketable securities',
      ),
      prefixes: ['667'],
    },
  ],
};

const exceptionalIncome: IncomeBlockSpec = {
  id: 'produits-exceptionnels',
  side: 'income',
  heading: l('Produits exceptionnels', 'Exceptional income'),
  total: {
    id: 'produits.total-exceptionnels',
    label: l('Total des produits exceptionnels (V)', 'Total exceptional income (V)'),
  },
  lines: [
    {
      id: 'produits.exceptionnels-gestion',
      label: l('Sur opérations de gestion', 'On management operations'),
      prefixes: ['77', '771', '772'],
    },
    {
      id: 'produits.exceptionnels-capital',
      label: l('Sur opérations en capital', 'On capital operations'),
      prefixes: ['775', '777', '778'],
    },
    {
      id: 'produits.reprises-exceptionnelles',
      label: l(
        'Reprises sur provisions, dépréciations et transferts de charges',
        'Reversals of provisions, impairment and transfers of charges',
      ),
      prefixes: ['787', '797'],
    },
  ],
};

const exceptionalExpenses: IncomeBlockSpec = {
  id: 'charges-exceptionnelles',
  side: 'expenses',
  heading: l('Charges exceptionnelles', 'Exceptional expenses'),
  total: {
    id: 'charges.total-exceptionnelles',
    label: l('Total des charges exceptionnelles (VI)', 'Total exceptional expenses (VI)'),
  },
  lines: [
    {
      id: 'charges.exceptionnelles-gestion',
      label: l('Sur opérations de gestion', 'On management operations'),
      prefixes: ['67', '671', '672'],
    },
    // Placing 673 here is "to confirm" in the domain notes (shared/domain/README.md §2.2).
    {
      id: 'charges.exceptionnelles-capital',
      label: l('Sur opérations en capital', 'On capital operations'),
      prefixes: ['673', '675', '678'],
    },
    {
      id: 'charges.dotations-exceptionnelles',
      label: l('Dotations aux amortissements, dépréciations et provisions', 'Depreciation, impairment and provisions'),
      prefixes: ['687'],
    },
  ],
};

const participation: IncomeBlockSpec = {
  id: 'participation',
  side: 'expenses',
  heading: l('Participation des salariés aux résultats', 'Employee profit-sharing'),
  total: {
    id: 'charges.total-participation',
    label: l('Participation des salariés aux résultats (VII)', 'Employee profit-sharing (VII)'),
  },
  lines: [
    {
      id: 'charges.participation',
      label: l('Participation des salariés aux résultats', 'Employee profit-sharing'),
      prefixes: ['691'],
    },
  ],
};

const incomeTax: IncomeBlockSpec = {
  id: 'impots-benefices',
  side: 'expenses',
  heading: l('Impôts sur les bénéfices', 'Income tax'),
  total: { id: 'charges.total-impots-benefices', label: l('Impôts sur les bénéfices (VIII)', 'Income tax (VIII)') },
  lines: [
    {
      id: 'charges.impots-benefices',
      label: l('Impôts sur les bénéfices', 'Income tax'),
      prefixes: ['69', '695', '696', '698', '699'],
    },
  ],
};

const incomeStatement: IncomeStatementSpec = {
  items: [
    { block: operatingIncome },
    { block: operatingExpenses },
    {
      result: {
        id: 'resultat.exploitation',
        label: l("1. Résultat d'exploitation (I − II)", '1. Operating result (I − II)'),
        plus: ['produits-exploitation'],
        minus: ['charges-exploitation'],
      },
    },
    { block: financialIncome },
    { block: financialExpenses },
    {
      result: {
        id: 'resultat.financier',
        label: l('2. Résultat financier (III − IV)', '2. Financial result (III − IV)'),
        plus: ['produits-financiers'],
        minus: ['charges-financieres'],
      },
    },
    {
      result: {
        id: 'resultat.courant',
        label: l(
          '3. Résultat courant avant impôts (I − II + III − IV)',
          '3. Current result before tax (I − II + III − IV)',
        ),
        plus: ['produits-exploitation', 'produits-financiers'],
        minus: ['charges-exploitation', 'charges-financieres'],
      },
    },
    { block: exceptionalIncome },
    { block: exceptionalExpenses },
    {
      result: {
        id: 'resultat.exceptionnel',
        label: l('4. Résultat exceptionnel (V − VI)', '4. Exceptional result (V − VI)'),
        plus: ['produits-exceptionnels'],
        minus: ['charges-exceptionnelles'],
      },
    },
    { block: participation },
    { block: incomeTax },
  ],
  totals: {
    income: l('Total des produits (I + III + V)', 'Total income (I + III + V)'),
    expenses: l('Total des charges (II + IV + VI + VII + VIII)', 'Total expenses (II + IV + VI + VII + VIII)'),
    result: l('Excédent ou déficit', 'Surplus or deficit'),
  },
  inKind: {
    heading: l('Contributions volontaires en nature', 'Voluntary contributions in kind'),
    resources: {
      id: 'cvn-ressources',
      side: 'income',
      heading: l('Contributions volontaires en nature', 'Voluntary contributions in kind'),
      total: {
        id: 'cvn.total-ressources',
        label: l('Total des contributions volontaires en nature', 'Total contributions in kind'),
      },
      lines: [
        { id: 'cvn.dons-en-nature', label: l('Dons en nature', 'Donations in kind'), prefixes: ['87', '870'] },
        { id: 'cvn.prestations-en-nature', label: l('Prestations en nature', 'Services in kind'), prefixes: ['871'] },
        { id: 'cvn.benevolat', label: l('Bénévolat', 'Volunteering'), prefixes: ['875'] },
      ],
    },
    uses: {
      id: 'cvn-emplois',
      side: 'expenses',
      heading: l('Charges des contributions volontaires en nature', 'Uses of contributions in kind'),
      total: {
        id: 'cvn.total-emplois',
        label: l('Total des charges des contributions volontaires en nature', 'Total uses of contributions in kind'),
      },
      lines: [
        { id: 'cvn.secours-en-nature', label: l('Secours en nature', 'Relief in kind'), prefixes: ['860'] },
        {
          id: 'cvn.mises-a-disposition',
          label: l('Mises à disposition gratuite de biens', 'Free use of goods'),
          prefixes: ['861'],
        },
        { id: 'cvn.prestations', label: l('Prestations en nature', 'Services in kind'), prefixes: ['86', '862'] },
        { id: 'cvn.personnel-benevole', label: l('Personnel bénévole', 'Volunteer staff'), prefixes: ['864'] },
      ],
    },
  },
};

const balanceSheet: BalanceSheetSpec = {
  assets: {
    total: l('Total général (I + II + III + IV + V)', 'Grand total (I + II + III + IV + V)'),
    blocks: [
      {
        id: 'actif-immobilise',
        heading: l('Actif immobilisé', 'Fixed assets'),
        total: { id: 'actif.total-immobilise', label: l('Total I', 'Total I') },
        lines: [
          {
            id: 'actif.frais-etablissement',
            label: l("Frais d'établissement", 'Start-up costs'),
            placements: [{ prefixes: ['201'] }, { prefixes: ['2801'], depreciation: true }],
          },
          {
            id: 'actif.frais-recherche',
            label: l('Frais de recherche et de développement', 'Research and development costs'),
            placements: [{ prefixes: ['203'] }, { prefixes: ['2803'], depreciation: true }],
          },
          {
            id: 'actif.donations-usufruit',
            label: l("Donations temporaires d'usufruit", 'Temporary usufruct donations'),
            placements: [{ prefixes: ['204'] }, { prefixes: ['2804', '2904'], depreciation: true }],
          },
          {
            id: 'actif.concessions',
            label: l(
              'Concessions, brevets, licences, marques, procédés, logiciels, droits et valeurs similaires',
              'Concessions, patents, licences, trademarks, software and similar rights',
            ),
            placements: [
              { prefixes: ['20', '205', '206', '207', '208'] },
              {
                prefixes: ['280', '2805', '2806', '2807', '2808', '290', '2905', '2906', '2907', '2908'],
                depreciation: true,
              },
            ],
          },
          {
            id: 'actif.incorporelles-en-cours',
            label: l('Immobilisations incorporelles en cours', 'Intangible assets in progress'),
            placements: [{ prefixes: ['232'] }, { prefixes: ['2932'], depreciation: true }],
          },
          {
            id: 'actif.avances-incorporelles',
            label: l('Avances et acomptes (incorporelles)', 'Advances (intangible assets)'),
            placements: [{ prefixes: ['237'] }],
          },
          {
            id: 'actif.terrains',
            label: l('Terrains', 'Land'),
            placements: [{ prefixes: ['211', '212'] }, { prefixes: ['2811', '2812', '2911'], depreciation: true }],
          },
          {
            id: 'actif.constructions',
            label: l('Constructions', 'Buildings'),
            placements: [{ prefixes: ['213', '214'] }, { prefixes: ['2813', '2814'], depreciation: true }],
          },
          {
            id: 'actif.installations-techniques',
            label: l('Installations techniques, matériel et outillage industriels', 'Plant, machinery and tools'),
            placements: [{ prefixes: ['215'] }, { prefixes: ['2815'], depreciation: true }],
          },
          // Practice: the PCG line; the 2018-06 model omits it, but 218 is the most common class-2 account of a small association.
          {
            id: 'actif.autres-corporelles',
            label: l('Autres immobilisations corporelles', 'Other tangible assets'),
            placements: [
              { prefixes: ['21', '218', '22', '25'] },
              { prefixes: ['28', '281', '2818', '29', '291'], depreciation: true },
            ],
          },
          {
            id: 'actif.corporelles-en-cours',
            label: l('Immobilisations corporelles en cours', 'Tangible assets in progress'),
            placements: [{ prefixes: ['23', '231'] }, { prefixes: ['293', '2931'], depreciation: true }],
          },
          {
            id: 'actif.avances-corporelles',
            label: l('Avances et acomptes (corporelles)', 'Advances (tangible assets)'),
            placements: [{ prefixes: ['238'] }],
          },
          {
            id: 'actif.biens-legs',
            label: l('Biens reçus par legs ou donations destinés à être cédés', 'Bequeathed assets held for sale'),
            placements: [{ prefixes: ['24'] }, { prefixes: ['294'], depreciation: true }],
          },
          {
            id: 'actif.participations',
            label: l('Participations et créances rattachées', 'Participating interests and related receivables'),
            placements: [{ prefixes: ['26', '261', '266', '267', '268'] }, { prefixes: ['296'], depreciation: true }],
          },
          {
            id: 'actif.autres-titres',
            label: l('Autres titres immobilisés', 'Other long-term securities'),
            placements: [
              { prefixes: ['27', '271', '272', '273'] },
              { prefixes: ['297', '2971', '2972', '2973'], depreciation: true },
            ],
          },
          {
            id: 'actif.prets',
            label: l('Prêts', 'Loans'),
            placements: [{ prefixes: ['274'] }, { prefixes: ['2974'], depreciation: true }],
          },
          {
            id: 'actif.autres-financieres',
            label: l('Autres immobilisations financières', 'Other financial assets'),
            placements: [{ prefixes: ['275', '276'] }, { prefixes: ['2975', '2976'], depreciation: true }],
          },
        ],
      },
      {
        id: 'actif-circulant',
        heading: l('Actif circulant', 'Current assets'),
        total: { id: 'actif.total-circulant', label: l('Total II', 'Total II') },
        lines: [
          {
            id: 'actif.stocks',
            label: l('Stocks et en-cours', 'Inventories and work in progress'),
            placements: [{ prefixes: ['3'] }, { prefixes: ['39'], depreciation: true }],
          },
          {
            id: 'actif.creances-usagers',
            label: l('Créances clients, usagers et comptes rattachés', 'Receivables from members, users and customers'),
            placements: [
              { prefixes: ['41'], sign: 'debit' },
              { prefixes: ['491'], depreciation: true },
            ],
          },
          {
            id: 'actif.creances-legs',
            label: l('Créances reçues par legs ou donations', 'Receivables from bequests'),
            placements: [{ prefixes: ['461'], sign: 'debit' }],
          },
          {
            id: 'actif.autres-creances',
            label: l('Autres créances', 'Other receivables'),
            placements: [
              { prefixes: ['4', '419', '487'], sign: 'debit' },
              { prefixes: ['49', '495', '496'], depreciation: true },
            ],
          },
          {
            id: 'actif.vmp',
            label: l('Valeurs mobilières de placement', 'Marketable securities'),
            placements: [
              { prefixes: ['50'], sign: 'debit' },
              { prefixes: ['59'], depreciation: true },
            ],
          },
          {
            id: 'actif.instruments-tresorerie',
            label: l('Instruments de trésorerie', 'Treasury instruments'),
            placements: [{ prefixes: ['52'], sign: 'debit' }],
          },
          {
            id: 'actif.disponibilites',
            label: l('Disponibilités', 'Cash and bank'),
            placements: [{ prefixes: ['5'], sign: 'debit' }],
          },
          {
            id: 'actif.charges-constatees-avance',
            label: l("Charges constatées d'avance", 'Prepaid expenses'),
            placements: [{ prefixes: ['486'], sign: 'debit' }],
          },
        ],
      },
      {
        id: 'frais-emission',
        heading: l("Frais d'émission des emprunts", 'Loan issue costs'),
        total: {
          id: 'actif.total-frais-emission',
          label: l("Frais d'émission des emprunts (III)", 'Loan issue costs (III)'),
        },
        lines: [
          {
            id: 'actif.frais-emission',
            label: l("Frais d'émission des emprunts", 'Loan issue costs'),
            placements: [{ prefixes: ['4816'], sign: 'debit' }],
          },
        ],
      },
      {
        id: 'primes-remboursement',
        heading: l('Primes de remboursement des emprunts', 'Loan redemption premiums'),
        total: {
          id: 'actif.total-primes-remboursement',
          label: l('Primes de remboursement des emprunts (IV)', 'Loan redemption premiums (IV)'),
        },
        lines: [
          {
            id: 'actif.primes-remboursement',
            label: l('Primes de remboursement des emprunts', 'Loan redemption premiums'),
            placements: [{ prefixes: ['169'] }],
          },
        ],
      },
      {
        id: 'ecarts-conversion-actif',
        heading: l('Écarts de conversion actif', 'Translation differences (assets)'),
        total: {
          id: 'actif.total-ecarts-conversion',
          label: l('Écarts de conversion actif (V)', 'Translation differences, assets (V)'),
        },
        lines: [
          {
            id: 'actif.ecarts-conversion',
            label: l('Écarts de conversion actif', 'Translation differences (assets)'),
            placements: [{ prefixes: ['476'] }],
          },
        ],
      },
    ],
  },
  liabilities: {
    total: l('Total général (I + II + III + IV + V)', 'Grand total (I + II + III + IV + V)'),
    blocks: [
      {
        id: 'fonds-propres',
        heading: l('Fonds propres', 'Equity'),
        total: { id: 'passif.total-fonds-propres', label: l('Total I', 'Total I') },
        subtotal: {
          id: 'passif.situation-nette',
          label: l('Situation nette (sous-total)', 'Net position (subtotal)'),
          after: 'passif.resultat-instance',
        },
        lines: [
          {
            id: 'passif.fonds-sans-reprise',
            label: l('Fonds propres sans droit de reprise', 'Own funds without right of return'),
            placements: [],
            parts: [
              {
                id: 'passif.fonds-sans-reprise-statutaires',
                label: l('Fonds propres statutaires', 'Statutory funds'),
                placements: [{ prefixes: ['1022', '1023', '10231'] }],
              },
              // Placing 1021 here is "to confirm" (it depends on the statuts).
              {
                id: 'passif.fonds-sans-reprise-complementaires',
                label: l('Fonds propres complémentaires', 'Additional funds'),
                placements: [{ prefixes: ['10', '102', '1021', '1024', '10232'] }],
              },
            ],
          },
          {
            id: 'passif.fonds-avec-reprise',
            label: l('Fonds propres avec droit de reprise', 'Own funds with right of return'),
            placements: [],
            parts: [
              {
                id: 'passif.fonds-avec-reprise-statutaires',
                label: l('Fonds statutaires', 'Statutory funds'),
                placements: [{ prefixes: ['1032'] }],
              },
              {
                id: 'passif.fonds-avec-reprise-complementaires',
                label: l('Fonds propres complémentaires', 'Additional funds'),
                placements: [{ prefixes: ['103', '1034'] }],
              },
            ],
          },
          {
            id: 'passif.ecarts-reevaluation',
            label: l('Écarts de réévaluation', 'Revaluation differences'),
            placements: [{ prefixes: ['105'] }],
          },
          {
            id: 'passif.reserves',
            label: l('Réserves', 'Reserves'),
            placements: [],
            parts: [
              {
                id: 'passif.reserves-statutaires',
                label: l('Réserves statutaires ou contractuelles', 'Statutory or contractual reserves'),
                placements: [{ prefixes: ['1063'] }],
              },
              {
                id: 'passif.reserves-projet',
                label: l("Réserves pour projet de l'entité", 'Reserves for projects'),
                placements: [{ prefixes: ['1068'] }],
              },
              {
                id: 'passif.reserves-autres',
                label: l('Autres réserves', 'Other reserves'),
                placements: [{ prefixes: ['101', '104', '106', '107', '109', '1062', '1064'] }],
              },
            ],
          },
          {
            id: 'passif.report-a-nouveau',
            label: l('Report à nouveau', 'Retained surplus or deficit'),
            placements: [{ prefixes: ['11'] }],
          },
          {
            id: 'passif.resultat',
            label: l("Excédent ou déficit de l'exercice", 'Surplus or deficit for the year'),
            placements: [],
            computed: 'result',
          },
          {
            id: 'passif.resultat-instance',
            label: l("Résultat en instance d'affectation", 'Result awaiting allocation'),
            placements: [{ prefixes: ['12'] }],
            computed: 'pending-result',
          },
          {
            id: 'passif.fonds-consomptibles',
            label: l('Fonds propres consomptibles', 'Consumable own funds'),
            placements: [{ prefixes: ['108'] }],
          },
          {
            id: 'passif.subventions-investissement',
            label: l("Subventions d'investissement", 'Investment grants'),
            placements: [{ prefixes: ['13'] }],
          },
          {
            id: 'passif.provisions-reglementees',
            label: l('Provisions réglementées', 'Regulated provisions'),
            placements: [{ prefixes: ['14'] }],
          },
        ],
      },
      {
        id: 'fonds-reportes-dedies',
        heading: l('Fonds reportés et dédiés', 'Deferred and dedicated funds'),
        total: { id: 'passif.total-fonds-reportes-dedies', label: l('Total II', 'Total II') },
        lines: [
          {
            id: 'passif.fonds-reportes',
            label: l('Fonds reportés liés aux legs ou donations', 'Deferred funds from bequests'),
            placements: [{ prefixes: ['191'] }],
          },
          {
            id: 'passif.fonds-dedies',
            label: l('Fonds dédiés', 'Dedicated funds'),
            placements: [{ prefixes: ['19', '193', '194', '195', '196'] }],
          },
        ],
      },
      {
        id: 'provisions',
        heading: l('Provisions', 'Provisions'),
        total: { id: 'passif.total-provisions', label: l('Total III', 'Total III') },
        lines: [
          {
            id: 'passif.provisions-risques',
            label: l('Provisions pour risques', 'Provisions for risks'),
            placements: [{ prefixes: ['151'] }],
          },
          {
            id: 'passif.provisions-charges',
            label: l('Provisions pour charges', 'Provisions for charges'),
            placements: [{ prefixes: ['15'] }],
          },
        ],
      },
      {
        id: 'dettes',
        heading: l('Dettes', 'Liabilities'),
        total: { id: 'passif.total-dettes', label: l('Total IV', 'Total IV') },
        lines: [
          {
            id: 'passif.emprunts-obligataires',
            label: l(
              'Emprunts obligataires et assimilés (titres associatifs)',
              'Bonds and similar (associative securities)',
            ),
            placements: [{ prefixes: ['161', '163', '16881', '16883'] }],
          },
          {
            id: 'passif.emprunts-etablissements-credit',
            label: l('Emprunts et dettes auprès des établissements de crédit', 'Bank loans and overdrafts'),
            placements: [{ prefixes: ['164', '16884'] }, { prefixes: ['51'], sign: 'credit' }],
          },
          {
            id: 'passif.dettes-financieres-diverses',
            label: l('Emprunts et dettes financières diverses', 'Other borrowings'),
            placements: [{ prefixes: ['16', '17'] }, { prefixes: ['426', '45'], sign: 'credit' }],
          },
          {
            id: 'passif.dettes-fournisseurs',
            label: l('Dettes fournisseurs et comptes rattachés', 'Trade payables'),
            placements: [{ prefixes: ['40'], sign: 'credit' }],
          },
          {
            id: 'passif.dettes-legs',
            label: l('Dettes des legs ou donations', 'Debts from bequests'),
            placements: [{ prefixes: ['466'], sign: 'credit' }],
          },
          {
            id: 'passif.dettes-fiscales-sociales',
            label: l('Dettes fiscales et sociales', 'Tax and social security liabilities'),
            placements: [{ prefixes: ['42', '43', '44'], sign: 'credit' }],
          },
          {
            id: 'passif.dettes-immobilisations',
            label: l('Dettes sur immobilisations et comptes rattachés', 'Debts on fixed assets'),
            placements: [{ prefixes: ['269', '279'] }, { prefixes: ['404', '405', '4084'], sign: 'credit' }],
          },
          {
            id: 'passif.autres-dettes',
            label: l('Autres dettes', 'Other liabilities'),
            placements: [{ prefixes: ['4', '41', '441', '4419', '486', '5'], sign: 'credit' }],
          },
          {
            id: 'passif.instruments-tresorerie',
            label: l('Instruments de trésorerie', 'Treasury instruments'),
            placements: [{ prefixes: ['52'], sign: 'credit' }],
          },
          {
            id: 'passif.produits-constates-avance',
            label: l("Produits constatés d'avance", 'Deferred income'),
            placements: [{ prefixes: ['487'], sign: 'credit' }],
          },
        ],
      },
      {
        id: 'ecarts-conversion-passif',
        heading: l('Écarts de conversion passif', 'Translation differences (liabilities)'),
        total: {
          id: 'passif.total-ecarts-conversion',
          label: l('Écarts de conversion passif (V)', 'Translation differences, liabilities (V)'),
        },
        lines: [
          {
            id: 'passif.ecarts-conversion',
            label: l('Écarts de conversion passif', 'Translation differences (liabilities)'),
            placements: [{ prefixes: ['477'] }],
          },
        ],
      },
    ],
  },
};

export const PCA2018: ReferenceSet = {
  id: 'pca-2018',
  incomeStatement,
  balanceSheet,
  ambiguousParents: new Map([
    ['280', 'actif.concessions'],
    ['281', 'actif.autres-corporelles'],
    ['681', 'charges.dotations-amortissements'],
    ['689', 'charges.reports-fonds-dedies'],
    ['754', 'produits.dons-manuels'],
    ['789', 'produits.fonds-dedies'],
  ]),
};
