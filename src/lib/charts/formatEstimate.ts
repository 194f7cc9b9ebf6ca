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

/** Why a two-way interval was not drawn, as the figure says it. */
const WITHHELD_TEXT = {
  'too-few-questions': 'too few questions for an interval',
  'too-few-countries': 'too few countries for an interval',
} as const;

/** A TwoWayEstimate's part after the value. */
export interface TwoWayInterval {
  low: number | null;
  high: number | null;
  withheld: keyof typeof WITHHELD_TEXT | null;
}

/** "95 % CI 0.41 to 0.66", or why there is no interval ("too few questions for an interval"), or "". */
export function formatTwoWayInterval(interval: TwoWayInterval | null | undefined): string {
  if (interval?.withheld) return WITHHELD_TEXT[interval.withheld];
  return formatInterval(interval?.low, interval?.high);
}

/** "0.53 (95 % CI 0.41 to 0.66)" or "0.53 (too few questions for an interval)". */
export function formatTwoWayEstimate(estimate: (TwoWayInterval & { estimate: number | null }) | null): string {
  const text = formatValue(estimate?.estimate);
  const interval = formatTwoWayInterval(estimate);
  return text === 'undefined' || !interval ? text : `${text} (${interval})`;
}
