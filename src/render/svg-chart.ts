// Horizontal bar charts as inline SVG (no script, no network): one row per label, one bar per
// series. Figures printed beside the bars are the exact amounts in French format; only the
// bar lengths are computed from Number(cents), and only to place pixels.
import type { Cents } from '../money.js';
import type { ChartBar } from '../reports/report.js';
import { amountIn } from './number.js';
import type { Lang } from '../messages/text.js';

export interface Series {
  readonly name: string;
  readonly className: string;
}

export interface BarChart {
  readonly id: string;
  readonly title: string;
  readonly series: readonly Series[];
  readonly bars: readonly ChartBar[];
  readonly euros: boolean;
  /** The number style of its values (French unless English). */
  readonly lang?: Lang;
}

const WIDTH = 680;
const LABEL = 250;
const VALUE = 90;
const BAR = 14;
const GAP = 4;
const ROW_GAP = 10;
const LEGEND = 26;

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const abs = (cents: Cents): Cents => (cents < 0n ? -cents : cents);

/** Labels longer than the label area are cut (the full label is in the tooltip and the tables). */
function shortLabel(label: string): string {
  return label.length > 34 ? `${label.slice(0, 33).trimEnd()}…` : label;
}

export function renderBarChart(chart: BarChart): string {
  const bars = chart.bars.filter((bar) => bar.values.some((value) => value !== null && value !== 0n));
  if (!bars.length) return '';
  const seriesCount = chart.series.length;
  const rowHeight = seriesCount * BAR + (seriesCount - 1) * GAP + ROW_GAP;
  const height = LEGEND + bars.length * rowHeight + 4;
  let max = 0n;
  for (const bar of bars) for (const value of bar.values) if (value !== null && abs(value) > max) max = abs(value);
  const area = WIDTH - LABEL - VALUE;
  // Pixels only: the bar length is a drawing, never a displayed figure, so a float is fine here.
  const length = (cents: Cents): number =>
    max === 0n ? 0 : Math.max(1, Math.round((Number(abs(cents)) / Number(max)) * area));
  const out: string[] = [];
  out.push(
    `<svg class="chart" id="${chart.id}" role="img" aria-labelledby="${chart.id}-title" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">`,
  );
  out.push(`<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>`);
  let x = LABEL;
  chart.series.forEach((series) => {
    out.push(
      `<rect class="${series.className}" x="${x}" y="4" width="12" height="12" rx="2"/><text class="legend" x="${x + 18}" y="14">${escapeHtml(series.name)}</text>`,
    );
    x += 30 + series.name.length * 7;
  });
  bars.forEach((bar, index) => {
    const top = LEGEND + index * rowHeight;
    const middle = top + (seriesCount * BAR + (seriesCount - 1) * GAP) / 2;
    out.push(`<g class="bar-row"><title>${escapeHtml(bar.label)}</title>`);
    out.push(
      `<text class="label" x="${LABEL - 8}" y="${middle + 4}" text-anchor="end">${escapeHtml(shortLabel(bar.label))}</text>`,
    );
    bar.values.forEach((value, s) => {
      if (s >= seriesCount) return;
      const y = top + s * (BAR + GAP);
      if (value === null) return;
      const w = length(value);
      out.push(
        `<rect class="${chart.series[s]!.className}${value < 0n ? ' negative' : ''}" x="${LABEL}" y="${y}" width="${w}" height="${BAR}" rx="2"/>`,
      );
      out.push(
        `<text class="value" x="${LABEL + w + 6}" y="${y + BAR - 3}">${escapeHtml(amountIn(value, chart.euros, chart.lang ?? 'fr'))}</text>`,
      );
    });
    out.push('</g>');
  });
  out.push(`<line class="axis" x1="${LABEL}" y1="${LEGEND - 4}" x2="${LABEL}" y2="${height}"/>`);
  out.push('</svg>');
  return out.join('');
}
