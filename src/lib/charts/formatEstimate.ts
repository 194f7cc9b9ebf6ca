import { format } from 'd3';

const twoDecimals = format('.2f');

/** A value in charts, tables and tooltips: two decimals, a true minus sign, "undefined" for null/NaN. */
export function formatValue(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'undefined';
  return twoDecimals(value).replace('-', '−');
}

/** "95 % CI 0.41 to 0.66", or "" when either end is missing. */
export function formatInterval(low: number | null | undefined, high: number | null | undefined): string {
  if (low === null || low === undefined || high === null || high === undefined) return '';
  if (Number.isNaN(low) || Number.isNaN(high)) return '';
  return `95 % CI ${formatValue(low)} to ${formatValue(high)}`;
}

/** "0.53 (95 % CI 0.41 to 0.66)"; the interval is left out when either end is missing. */
export function formatEstimate(estimate: number | null | undefined, low?: number | null, high?: number | null): string {
  const text = formatValue(estimate);
  const interval = formatInterval(low, high);
  return text === 'undefined' || !interval ? text : `${text} (${interval})`;
}
