import type { StoredReference } from '../../types.ts';
import type { MicrodataAggregate } from './MicrodataAggregator.ts';

/** "WVS_Cross-National_Wave_7_csv_v6_0.csv" → "v6.0"; null when the name carries no version. */
export function versionFromFileName(fileName: string): string | null {
  const match = /(?:^|[^a-z0-9])v(\d{1,2})[._-](\d{1,2})(?:[._-](\d{1,2}))?(?=[^0-9]|$)/i.exec(fileName);
  if (!match) return null;
  return `v${match[1]}.${match[2]}${match[3] !== undefined && match[3] !== '0' ? `.${match[3]}` : ''}`;
}

/** The name shown on charts: "WVS-7 v6.0, weighted, 66 countries", or the user's own name for the data. */
export function microdataReferenceLabel(fileName: string, countryCount: number, userName = ''): string {
  const version = versionFromFileName(fileName);
  const base = userName.trim() || (version ? `WVS-7 ${version}` : `WVS-7 (${fileName})`);
  return `${base}, weighted, ${countryCount} ${countryCount === 1 ? 'country' : 'countries'}`;
}

/** A stored reference for an aggregated microdata file. Re-importing the same file replaces its reference. */
export function microdataReference(
  aggregate: MicrodataAggregate,
  fileName: string,
  createdAt: string,
  userName = '',
): StoredReference {
  const label = microdataReferenceLabel(fileName, aggregate.summary.countries.length, userName);
  return {
    id: `wvs7-microdata:${fileName}`,
    label,
    weighting: 'weighted',
    source: fileName,
    createdAt,
    responses: aggregate.responses,
  };
}
