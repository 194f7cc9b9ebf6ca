import { format } from 'd3';

const formatSignificant = format('.2~s');

/** "843 MB", "1.9 GB" (decimal units, as browsers and disks report them); "unknown" for non-finite input. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown';
  if (bytes < 1000) return `${Math.round(bytes)} B`;
  return `${formatSignificant(bytes).replace(/([kMGT])$/, ' $1')}B`;
}
