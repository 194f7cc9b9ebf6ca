import type { Country } from '../../src/lib/survey/types.ts';
import { ZONES, type Zone } from '../../src/lib/survey/zones.ts';
import type { CsvRow } from './sources.ts';

/** DESIGN.md's default Western set. */
const WESTERN_ZONES: ReadonlySet<Zone> = new Set(['English-Speaking', 'Protestant Europe', 'Catholic Europe']);

/**
 * Tao et al.'s table has no zone for three WVS-7 countries. Each gets the zone Tao et al. give
 * their neighbours, and the build checks that those neighbours really carry it in s003.csv.
 */
const ASSIGNED_ZONES: Readonly<Record<string, { zone: Zone; neighbours: string[]; note: string }>> = {
  EGY: {
    zone: 'African-Islamic',
    neighbours: ['Algeria', 'Libya', 'Morocco', 'Tunisia'],
    note: 'Not in Tao et al. (2024); assigned African-Islamic, the zone they give the other North African countries (Algeria, Libya, Morocco, Tunisia).',
  },
  TJK: {
    zone: 'African-Islamic',
    neighbours: ['Kazakhstan', 'Kyrgyzstan'],
    note: 'Not in Tao et al. (2024); assigned African-Islamic, the zone they give the neighbouring Central Asian countries (Kazakhstan, Kyrgyzstan).',
  },
  UZB: {
    zone: 'African-Islamic',
    neighbours: ['Kazakhstan', 'Kyrgyzstan'],
    note: 'Not in Tao et al. (2024); assigned African-Islamic, the zone they give the neighbouring Central Asian countries (Kazakhstan, Kyrgyzstan).',
  },
};

export interface CountrySources {
  countriesCsv: CsvRow[];
  s003Csv: CsvRow[];
  iwCoords: Record<string, [number, number]>;
  atlasIds: ReadonlySet<string>;
  /** ISO3 codes with CultureSPA distributions. */
  cultureSpaCountries: ReadonlySet<string>;
}

function field(row: CsvRow, name: string, line: number): string {
  const value = row[name];
  if (value === undefined) throw new Error(`countries.csv row ${line} has no column "${name}".`);
  return value;
}

function asZone(value: string, where: string): Zone {
  const zone = ZONES.find((z) => z === value);
  if (zone === undefined) throw new Error(`${where}: zone "${value}" is not one of ${ZONES.join(', ')}.`);
  return zone;
}

function zoneOf(
  id: string,
  csvZone: string,
  s003Zones: Map<string, string>,
): Pick<Country, 'zone' | 'zoneSource' | 'zoneNote'> {
  if (csvZone !== '') return { zone: asZone(csvZone, `countries.csv ${id}`), zoneSource: 'tao2024', zoneNote: null };
  const assigned = ASSIGNED_ZONES[id];
  if (assigned === undefined)
    throw new Error(
      `Country ${id} has no iw_zone in countries.csv and no entry in ASSIGNED_ZONES (scripts/dataset/buildCountries.ts).`,
    );
  for (const neighbour of assigned.neighbours) {
    const actual = s003Zones.get(neighbour);
    if (actual !== assigned.zone) {
      throw new Error(
        `Country ${id} is assigned ${assigned.zone} after ${neighbour}, but s003.csv gives ${neighbour} "${actual ?? 'no zone'}": revisit ASSIGNED_ZONES.`,
      );
    }
  }
  return { zone: assigned.zone, zoneSource: 'assigned', zoneNote: assigned.note };
}

interface MapFacts {
  atlasId: string;
  isoNumeric: string | null;
  name: string;
  in110m: boolean;
  /** Name of the country whose ISO numeric code is this atlas id, if any. */
  owner: string | undefined;
}

function mapPlacement(
  { atlasId, isoNumeric, name, in110m, owner }: MapFacts,
  atlasIds: ReadonlySet<string>,
): Pick<Country, 'ownPolygon' | 'mapNote'> {
  if (!atlasIds.has(atlasId)) {
    throw new Error(
      `Country ${name}: atlas_id "${atlasId}" is not a geometry id in world-atlas countries-50m.json; fix countries.csv or list the country as not drawable.`,
    );
  }
  if (isoNumeric !== atlasId) {
    const drawnFor = owner === undefined ? '' : ` and is drawn for ${owner}`;
    return {
      ownPolygon: false,
      mapNote: `No polygon of its own in world-atlas: geometry ${atlasId} covers a larger territory${drawnFor}; ${name} appears in charts and lists but not as a map shape.`,
    };
  }
  if (!in110m) return { ownPolygon: true, mapNote: 'Too small to see at world scale; the map adds a marker.' };
  return { ownPolygon: true, mapNote: null };
}

/** ISO3, or the WVS alpha code where ISO has none (Northern Ireland → "NIR"). */
export function countryIdOf(row: CsvRow, line: number): string {
  const iso3 = field(row, 'iso3', line);
  return iso3 !== '' ? iso3 : field(row, 'wvs_alpha', line);
}

/** All rows of countries.csv as Country records, in file order. */
export function buildCountries(sources: CountrySources): Country[] {
  const s003Zones = new Map(sources.s003Csv.map((row) => [row['country.territory'] ?? '', row['Category'] ?? '']));
  const nameByIsoNumeric = new Map(sources.countriesCsv.map((row) => [row['iso_numeric'] ?? '', row['name'] ?? '']));
  return sources.countriesCsv.map((row, index) => {
    const line = index + 2;
    const id = countryIdOf(row, line);
    const isoNumericField = field(row, 'iso_numeric', line);
    const isoNumeric = isoNumericField === '' ? null : isoNumericField;
    const atlasId = field(row, 'atlas_id', line);
    const name = field(row, 'name', line);
    const wvsCode = Number(field(row, 'b_country', line));
    if (!Number.isInteger(wvsCode))
      throw new Error(`countries.csv row ${line} (${name}): b_country "${row['b_country']}" is not an integer.`);
    const zone = zoneOf(id, field(row, 'iw_zone', line), s003Zones);
    const s003Name = field(row, 's003_name', line);
    return {
      id,
      name,
      isoNumeric,
      atlasId,
      wvsCode,
      wvsAlpha: field(row, 'wvs_alpha', line),
      ...zone,
      western: WESTERN_ZONES.has(zone.zone),
      hasDistributions: sources.cultureSpaCountries.has(id),
      iwCoords: sources.iwCoords[s003Name] ?? null,
      ...mapPlacement(
        {
          atlasId,
          isoNumeric,
          name,
          in110m: field(row, 'in_atlas_110m', line) === '1',
          owner: nameByIsoNumeric.get(atlasId),
        },
        sources.atlasIds,
      ),
    };
  });
}
