// The receipts as a printable page each (cerfa 11580, "Reçu au titre des dons à certains organismes
// d'intérêt général"), self-contained HTML: one A4 page a receipt. The receipt is a French tax
// document: it is always in French.
import { frenchAmount } from './number.js';
import type { ReceiptsReport, Receipt } from '../receipts/receipts.js';
import type { ReceiptsConfig } from '../receipts/config.js';
import { MEANS_LABELS, giftDate } from './receipts.js';
import { escapeHtml } from './svg-chart.js';

const STYLE = `
*, *::before, *::after { box-sizing: border-box; }
body { margin: 0; font: 10.5pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #111; background: #eee; }
.receipt { width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 14mm 15mm; background: #fff; }
h1 { font-size: 13pt; margin: 0 0 1mm; text-align: center; }
.legal { text-align: center; font-size: 9pt; margin: 0 0 4mm; }
.number { text-align: right; font-weight: bold; margin: 0 0 3mm; }
section { border: 0.4mm solid #333; padding: 3mm 4mm; margin: 0 0 4mm; break-inside: avoid; }
h2 { font-size: 10.5pt; margin: 0 0 2mm; text-transform: uppercase; letter-spacing: 0.02em; }
p { margin: 1mm 0; }
.box { display: inline-block; width: 3.2mm; height: 3.2mm; border: 0.3mm solid #111; margin-right: 1.5mm; vertical-align: -0.4mm; text-align: center; line-height: 3mm; font-size: 8pt; }
.choices { list-style: none; padding: 0; margin: 1mm 0; display: flex; flex-wrap: wrap; gap: 1mm 6mm; }
.sum { font-size: 12pt; font-weight: bold; }
table.gifts { border-collapse: collapse; margin: 2mm 0; }
table.gifts th, table.gifts td { border: 0.3mm solid #999; padding: 0.8mm 2.5mm; text-align: left; }
table.gifts td.num { text-align: right; font-variant-numeric: tabular-nums; }
.signature { margin-top: 4mm; }
.signature .line { margin-top: 14mm; border-top: 0.3mm solid #333; width: 70mm; padding-top: 1mm; }
@page { size: A4; margin: 0; }
@media print {
  body { background: #fff; }
  .receipt { margin: 0; break-after: page; }
  .receipt:last-child { break-after: auto; }
}
`;

const box = (checked: boolean): string => `<span class="box">${checked ? '✕' : ''}</span>`;
const choice = (label: string, checked: boolean): string => `<li>${box(checked)}${escapeHtml(label)}</li>`;
const euros = (cents: bigint): string => `${frenchAmount(cents, false)} €`;

function receiptPage(receipt: Receipt, report: ReceiptsReport, config: ReceiptsConfig): string {
  const { donor } = receipt;
  const means = new Set(receipt.gifts.map((g) => g.means));
  const natures = new Set(receipt.gifts.map((g) => g.nature));
  const dates = receipt.gifts.map((g) => giftDate(g.date, 'fr'));
  const gifts = receipt.gifts
    .map(
      (g) =>
        `<tr><td>${escapeHtml(giftDate(g.date, 'fr'))}</td><td class="num">${escapeHtml(euros(g.amount))}</td><td>${escapeHtml(MEANS_LABELS.fr[g.means])}</td></tr>`,
    )
    .join('');
  return `<article class="receipt" id="recu-${escapeHtml(receipt.number)}">
<h1>Reçu au titre des dons à certains organismes d'intérêt général</h1>
<p class="legal">Articles 200, 238 bis et 978 du code général des impôts (CGI) — cerfa n° 11580</p>
<p class="number">Numéro d'ordre du reçu : ${escapeHtml(receipt.number)}${receipt.replaces ? ` (annule et remplace le reçu ${escapeHtml(receipt.replaces)})` : ''}</p>
<section class="beneficiary"><h2>Bénéficiaire des versements</h2>
<p><strong>${escapeHtml(report.association.name)}</strong>${report.association.siren ? ` — SIREN ${escapeHtml(report.association.siren)}` : ''}</p>
<p>${escapeHtml(config.address)}, ${escapeHtml(config.postcode)} ${escapeHtml(config.city)}</p>
<p>Objet : ${escapeHtml(config.object)}</p>
<p>${box(true)}${escapeHtml(config.status)}</p>
</section>
<section class="donor"><h2>Donateur</h2>
<p><strong>${escapeHtml(donor.name)}</strong></p>
<p>${escapeHtml(donor.address)}, ${escapeHtml(donor.postcode)} ${escapeHtml(donor.city)}</p>
</section>
<section class="gift"><h2>Dons</h2>
<p>Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt la somme de :</p>
<p class="sum">${escapeHtml(euros(receipt.amount))}</p>
<p>Somme en toutes lettres : <strong class="words">${escapeHtml(receipt.words)}</strong></p>
<p>${dates.length > 1 ? 'Dates des versements' : 'Date du versement'} : ${escapeHtml(dates.join(', '))} (année ${report.year})</p>
<table class="gifts"><thead><tr><th>Date</th><th>Montant</th><th>Mode de versement</th></tr></thead><tbody>${gifts}</tbody></table>
<p>Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue à l'article :</p>
<ul class="choices">${choice('200 du CGI', config.articles.includes('200'))}${choice('238 bis du CGI', config.articles.includes('238 bis'))}${choice('978 du CGI', config.articles.includes('978'))}</ul>
<p>Forme du don :</p>
<ul class="choices">${choice('Acte authentique', false)}${choice('Acte sous seing privé', false)}${choice('Déclaration de don manuel', true)}${choice('Autres', false)}</ul>
<p>Nature du don :</p>
<ul class="choices">${choice('Numéraire', natures.has('numeraire'))}${choice('Titres de sociétés cotés', false)}${choice('Autres : abandon de frais', natures.has('abandon-de-frais'))}</ul>
<p>En cas de don en numéraire, mode de versement du don :</p>
<ul class="choices">${choice("Remise d'espèces", means.has('especes'))}${choice('Chèque', means.has('cheque'))}${choice('Virement, prélèvement, carte bancaire', means.has('virement'))}</ul>
</section>
<div class="signature"><p>Fait à ${escapeHtml(config.place)}, le ${escapeHtml(giftDate(receipt.issued, 'fr'))}</p>
<p class="line">${escapeHtml(config.signatory.name)}${config.signatory.title ? `, ${escapeHtml(config.signatory.title)}` : ''}</p></div>
</article>`;
}

export function renderReceiptsHtml(report: ReceiptsReport): string {
  const pages = report.receipts.map((receipt) => receiptPage(receipt, report, report.config)).join('\n');
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`Reçus fiscaux ${report.year} — ${report.association.name}`)}</title>
<style>${STYLE}</style></head>
<body>
${pages}
</body></html>
`;
}
