// The ANC 2018-06 statement models as adjusted for fiscal years opened from 1 Jan 2025 (ANC 2022-06
// and 2023-03; art. 421-1 and 422-1 of the 2026 recueil), as data: shared/domain/pca2025.md §2.
// Line ids of the 2018 layouts are kept where the line is the same (even relabelled); new lines
// have new ids (README "Line ids"). Where the model is silent or a fact is uncertain, the choice is
// marked "CHOICE" here and listed in the README ("PCA 2025"): change the prefixes below to change it.
// Blocks that did not change (participation, impôts, contributions volontaires, fonds propres,
// fonds reportés) are the 2018 ones.
import type { BalanceSheetSpec, IncomeBlockSpec, IncomeStatementSpec, ReferenceSet, SheetBlockSpec } from './layout.js';
import { PCA2018 } from './pca2018.js';

const l = (fr: string, en: string) => ({ fr, en });

const block2018 = (id: string): IncomeBlockSpec => {
  for (const item of PCA2018.incomeStatement.items) if ('block' in item && item.block.id === id) return item.block;
  throw new Error(`pca-2018 has no block ${id}`);
};
const sheetBlock2018 = (id: string): SheetBlockSpec => {
  const found = [...PCA2018.balanceSheet.assets.blocks, ...PCA2018.balanceSheet.liabilities.blocks].find(
    (b) => b.id === id,
  );
  if (!found) throw new Error(`pca-2018 has no balance-sheet block ${id}`);
  return found;
};

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
    // CHOICE (model silent, ★): 708 stays with the services, as in 2018.
    {
      id: 'produits.prestations',
      label: l('Ventes de prestations de service', 'Sales of services'),
      prefixes: ['70', '704', '705', '706', '708', '709', '7094', '7095', '7096', '7098'],
      dont: [{ id: 'produits.parrainages', label: l('dont parrainages', 'of which sponsorship'), prefixes: ['7063'] }],
    },
    // CHOICE (open point 1): 747, the quote-part of investment subsidies, is on this line (PCG 821-2
    // renamed its line "Subventions", covering all of 74) rather than on "Autres produits".
    {
      id: 'produits.subventions',
      label: l("Concours publics et subventions d'exploitation", 'Public funding and operating grants'),
      prefixes: ['73', '74', '741', '742', '747'],
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
    // Net of the legs items (art. 213-15): 7571 and 6521 replace 7754 and 6754.
    {
      id: 'produits.legs',
      label: l('Legs, donations et assurances-vie', 'Bequests, gifts and life insurance'),
      prefixes: ['7543', '7571', '78164', '7891', '6521', '68164', '6891'],
    },
    {
      id: 'produits.contributions-financieres',
      label: l('Contributions financières', 'Financial contributions'),
      prefixes: ['755'],
    },
    // Same line as 2018, without the transferts de charges (79 is abolished).
    {
      id: 'produits.reprises',
      label: l(
        'Reprises sur amortissements, dépréciations et provisions',
        'Reversals of depreciation, impairment and provisions',
      ),
      prefixes: ['78', '781'],
    },
    {
      id: 'produits.cessions-immobilisations',
      label: l(
        "Produits des cessions d'immobilisations incorporelles et corporelles",
        'Proceeds from disposals of intangible and tangible assets',
      ),
      prefixes: ['757'],
    },
    {
      id: 'produits.fonds-dedies',
      label: l('Utilisations des fonds dédiés', 'Use of dedicated funds'),
      prefixes: ['789', '7893', '7894', '7895', '7896'],
    },
    // CHOICE (model silent, ★): 71 and 72 on "Autres produits", as in 2018.
    {
      id: 'produits.autres',
      label: l('Autres produits', 'Other income'),
      prefixes: ['71', '72', '75', '751', '752', '758'],
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
    // CHOICE (model silent, ★): 601 and 602 with the other purchases, as in 2018.
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
    // CHOICE (model silent, ★): 649 Remboursements de charges de personnel (a credit) reduces "Salaires".
    { id: 'charges.salaires', label: l('Salaires', 'Wages'), prefixes: ['64', '641', '644', '648', '649'] },
    {
      id: 'charges.charges-sociales',
      label: l('Cotisations sociales', 'Social security contributions'),
      prefixes: ['645', '646', '647'],
    },
    {
      id: 'charges.dotations-amortissements',
      label: l('Dotations aux amortissements et aux dépréciations', 'Depreciation and impairment'),
      prefixes: ['68', '681', '6811', '6812', '6816', '6817'],
    },
    { id: 'charges.dotations-provisions', label: l('Dotations aux provisions', 'Provisions'), prefixes: ['6815'] },
    {
      id: 'charges.valeurs-cedees',
      label: l(
        'Valeurs comptables des immobilisations incorporelles et corporelles cédées',
        'Book value of intangible and tangible assets disposed of',
      ),
      prefixes: ['652'],
    },
    {
      id: 'charges.reports-fonds-dedies',
      label: l('Reports en fonds dédiés', 'Transfers to dedicated funds'),
      prefixes: ['689', '6893', '6894', '6895', '6896'],
    },
    // CHOICE (model silent, ★): 655 on "Autres charges", as in 2018.
    {
      id: 'charges.autres',
      label: l('Autres charges', 'Other expenses'),
      prefixes: ['65', '651', '653', '654', '655', '656', '658'],
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
    // CHOICE (★): 764 with the other interest, as in 2018.
    {
      id: 'produits.interets',
      label: l('Autres intérêts et produits assimilés', 'Other interest and similar income'),
      prefixes: ['76', '763', '764', '765', '768'],
    },
    {
      id: 'produits.reprises-financieres',
      label: l('Reprises sur dépréciations et provisions', 'Reversals of impairment and provisions'),
      prefixes: ['786'],
    },
    { id: 'produits.change', label: l('Différences positives de change', 'Foreign exchange gains'), prefixes: ['766'] },
    {
      id: 'produits.cessions-immobilisations-financieres',
      label: l('Produits des immobilisations financières cédées', 'Proceeds from disposals of financial assets'),
      prefixes: ['7671', '7672'],
    },
    {
      id: 'produits.cessions-vmp',
      label: l(
        "Produits nets sur cessions de valeurs mobilières de placement et d'instruments de trésorerie",
        'Net gains on disposals of marketable securities and treasury instruments',
      ),
      prefixes: ['767', '7673', '7674'],
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
      id: 'charges.valeurs-cedees-financieres',
      label: l(
        'Valeurs comptables des immobilisations financières cédées',
        'Book value of financial assets disposed of',
      ),
      prefixes: ['6671', '6672'],
    },
    {
      id: 'charges.cessions-vmp',
      label: l(
        'Charges nettes sur cessions de valeurs mobilières de placement',
        'Net losses on disposals of marketable securities',
      ),
      prefixes: ['667', '6673', '6674'],
    },
  ],
};

// Exceptional items collapse to one line a side (PCG art. 513-5); 672/772 are in-year transit
// accounts that must be nil at closing (`check` warns), placed here until re-imputed.
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
      id: 'produits.exceptionnels',
      label: l('Produits exceptionnels', 'Exceptional income'),
      prefixes: ['77', '772', '778', '787'],
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
      id: 'charges.exceptionnelles',
      label: l('Charges exceptionnelles', 'Exceptional expenses'),
      prefixes: ['67', '672', '678', '687'],
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
    { block: block2018('participation') },
    { block: block2018('impots-benefices') },
  ],
  totals: PCA2018.incomeStatement.totals,
  inKind: PCA2018.incomeStatement.inKind,
};

const balanceSheet: BalanceSheetSpec = {
  assets: {
    total: l('Total général (I + II + III + IV + V + VI)', 'Grand total (I + II + III + IV + V + VI)'),
    blocks: [
      // The model puts the frais d'établissement (I) before the fixed assets (II), in a rubric of their own.
      {
        id: 'frais-etablissement',
        heading: l("Frais d'établissement", 'Start-up costs'),
        total: { id: 'actif.total-frais-etablissement', label: l("Frais d'établissement (I)", 'Start-up costs (I)') },
        lines: [
          {
            id: 'actif.frais-etablissement',
            label: l("Frais d'établissement", 'Start-up costs'),
            placements: [{ prefixes: ['201'] }, { prefixes: ['2801'], depreciation: true }],
          },
        ],
      },
      {
        id: 'actif-immobilise',
        heading: l('Actif immobilisé', 'Fixed assets'),
        total: { id: 'actif.total-immobilise', label: l('Total II', 'Total II') },
        lines: [
          {
            id: 'actif.frais-recherche',
            label: l('Frais de développement', 'Development costs'),
            placements: [{ prefixes: ['203'] }, { prefixes: ['2803'], depreciation: true }],
          },
          {
            id: 'actif.donations-usufruit',
            label: l("Donations temporaires d'usufruit", 'Temporary usufruct donations'),
            placements: [{ prefixes: ['204'] }, { prefixes: ['2804', '2904'], depreciation: true }],
          },
          // CHOICE (open point 3): 206, 207, 208 (no line of their own in the extracted model) stay here, as in 2018.
          {
            id: 'actif.concessions',
            label: l(
              'Concessions, brevets, licences, marques, procédés, solutions informatiques, droits et valeurs similaires',
              'Concessions, patents, licences, trademarks, software solutions and similar rights',
            ),
            placements: [
              { prefixes: ['20', '205', '206', '207', '208'] },
              {
                prefixes: ['280', '2805', '2806', '2807', '2808', '290', '2905', '2906', '2907', '2908'],
                depreciation: true,
              },
            ],
          },
          // The 2018 lines "en cours" and "avances et acomptes" are one line from 2025: the id of the first is kept.
          {
            id: 'actif.incorporelles-en-cours',
            label: l(
              'Immobilisations incorporelles en cours, avances et acomptes',
              'Intangible assets in progress and advances',
            ),
            placements: [{ prefixes: ['232', '237'] }, { prefixes: ['2932'], depreciation: true }],
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
          // CHOICE (open point 3, ⚠ in pca2025.md §2.2): the PCG 821-1 line "Autres immobilisations corporelles" (218) is kept until the 2025 model is checked.
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
            label: l(
              'Immobilisations corporelles en cours, avances et acomptes',
              'Tangible assets in progress and advances',
            ),
            placements: [{ prefixes: ['23', '231', '238'] }, { prefixes: ['293', '2931'], depreciation: true }],
          },
          {
            id: 'actif.biens-legs',
            label: l('Biens reçus par legs ou donations destinés à être cédés', 'Bequeathed assets held for sale'),
            placements: [{ prefixes: ['24'] }, { prefixes: ['294'], depreciation: true }],
          },
          // "Participations et créances rattachées" of 2018 is split in two from 2025.
          {
            id: 'actif.participations',
            label: l('Participations', 'Participating interests'),
            placements: [{ prefixes: ['26', '261', '266'] }, { prefixes: ['296'], depreciation: true }],
          },
          {
            id: 'actif.creances-participations',
            label: l('Créances rattachées à des participations', 'Receivables from participating interests'),
            placements: [{ prefixes: ['267', '268'] }],
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
        total: { id: 'actif.total-circulant', label: l('Total III', 'Total III') },
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
          // CHOICE (★): every other debit balance of class 4 (425, 439, 4482, 467, 468…).
          {
            id: 'actif.autres-creances',
            label: l('Autres créances', 'Other receivables'),
            placements: [
              { prefixes: ['4', '419', '487'], sign: 'debit' },
              { prefixes: ['49', '495', '496'], depreciation: true },
            ],
          },
          {
            id: 'actif.charges-constatees-avance',
            label: l("Charges constatées d'avance", 'Prepaid expenses'),
            placements: [{ prefixes: ['486'], sign: 'debit' }],
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
            label: l(
              'Instruments financiers à terme et jetons détenus',
              'Forward financial instruments and tokens held',
            ),
            placements: [{ prefixes: ['52'], sign: 'debit' }],
          },
          {
            id: 'actif.disponibilites',
            label: l('Disponibilités', 'Cash and bank'),
            placements: [{ prefixes: ['5'], sign: 'debit' }],
          },
        ],
      },
      {
        id: 'frais-emission',
        heading: l("Frais d'émission des emprunts", 'Loan issue costs'),
        total: {
          id: 'actif.total-frais-emission',
          label: l("Frais d'émission des emprunts (IV)", 'Loan issue costs (IV)'),
        },
        lines: [
          {
            id: 'actif.frais-emission',
            label: l("Frais d'émission des emprunts", 'Loan issue costs'),
            placements: [{ prefixes: ['481'], sign: 'debit' }],
          },
        ],
      },
      {
        id: 'primes-remboursement',
        heading: l('Primes de remboursement des emprunts', 'Loan redemption premiums'),
        total: {
          id: 'actif.total-primes-remboursement',
          label: l('Primes de remboursement des emprunts (V)', 'Loan redemption premiums (V)'),
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
        heading: l(
          "Écarts de conversion et différences d'évaluation actif",
          'Translation and valuation differences (assets)',
        ),
        total: {
          id: 'actif.total-ecarts-conversion',
          label: l(
            "Écarts de conversion et différences d'évaluation actif (VI)",
            'Translation and valuation differences, assets (VI)',
          ),
        },
        lines: [
          {
            id: 'actif.ecarts-conversion',
            label: l(
              "Écarts de conversion et différences d'évaluation actif",
              'Translation and valuation differences (assets)',
            ),
            placements: [{ prefixes: ['474', '476'] }],
          },
        ],
      },
    ],
  },
  liabilities: {
    total: l('Total général (I + II + III + IV + V)', 'Grand total (I + II + III + IV + V)'),
    blocks: [
      // CHOICE: no "Autres fonds propres" rubric for 2025 (ANC 2024-07 adds it from 2026 only).
      sheetBlock2018('fonds-propres'),
      sheetBlock2018('fonds-reportes-dedies'),
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
          // CHOICE (open point 4): 152 (legs) and the other 15x (153–158, kept rather than renumbered 1521–1527) are provisions for charges.
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
          // CHOICE (★): 455 (credit) stays on "Emprunts et dettes financières diverses", as in 2018.
          {
            id: 'passif.dettes-financieres-diverses',
            label: l('Emprunts et dettes financières diverses', 'Other borrowings'),
            placements: [{ prefixes: ['16', '17'] }, { prefixes: ['426', '45'], sign: 'credit' }],
          },
          {
            id: 'passif.instruments-tresorerie',
            label: l('Instruments financiers à terme', 'Forward financial instruments'),
            placements: [{ prefixes: ['52'], sign: 'credit' }],
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
          // CHOICE (★): 4681 and every other credit balance of class 4 without a line of its own.
          {
            id: 'passif.autres-dettes',
            label: l('Autres dettes', 'Other liabilities'),
            placements: [{ prefixes: ['4', '41', '441', '4419', '486', '5'], sign: 'credit' }],
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
        heading: l(
          "Écarts de conversion et différences d'évaluation passif",
          'Translation and valuation differences (liabilities)',
        ),
        total: {
          id: 'passif.total-ecarts-conversion',
          label: l(
            "Écarts de conversion et différences d'évaluation passif (V)",
            'Translation and valuation differences, liabilities (V)',
          ),
        },
        lines: [
          {
            id: 'passif.ecarts-conversion',
            label: l(
              "Écarts de conversion et différences d'évaluation passif",
              'Translation and valuation differences (liabilities)',
            ),
            placements: [{ prefixes: ['475', '477'] }],
          },
        ],
      },
    ],
  },
};

export const PCA2025: ReferenceSet = {
  id: 'pca-2025',
  incomeStatement,
  balanceSheet,
  ambiguousParents: new Map([
    ...PCA2018.ambiguousParents,
    ['667', 'charges.cessions-vmp'],
    ['767', 'produits.cessions-vmp'],
  ]),
  // 672/772 hold in-year corrections of earlier years; they must be re-imputed by year end (art. 1221-67, 1222-77).
  transitAccounts: ['672', '772'],
};
