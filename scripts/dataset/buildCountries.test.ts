import { describe, expect, it } from 'vitest';
import { buildCountries, type CountrySources } from './buildCountries.ts';

/** Rows as in countries.csv (only the columns the build reads). */
function row(fields: Partial<Record<string, string>>): Record<string, string> {
  return {
    b_country: '840',
    iso_numeric: '840',
    atlas_id: '840',
    iso3: 'USA',
    name: 'United States',
    wvs_alpha: 'USA',
    iw_zone: 'English-Speaking',
    s003_name: 'United States',
    in_atlas_110m: '1',
    ...fields,
  };
}

const s003Csv = [
  { 'country.territory': 'Algeria', Category: 'African-Islamic' },
  { 'country.territory': 'Libya', Category: 'African-Islamic' },
  { 'country.territory': 'Morocco', Category: 'African-Islamic' },
  { 'country.territory': 'Tunisia', Category: 'African-Islamic' },
];

function sources(rows: Record<string, string>[], overrides: Partial<CountrySources> = {}): CountrySources {
  return {
    countriesCsv: rows,
    s003Csv,
    iwCoords: { 'United States': [1.5, -0.4], 'North Ireland': [1.2, -0.4] },
    atlasIds: new Set(['840', '826', '818', '702']),
    cultureSpaCountries: new Set(['USA']),
    ...overrides,
  };
}

describe('buildCountries', () => {
  it('returns nothing for an empty table', () => {
    expect(buildCountries(sources([]))).toEqual([]);
  });

  it('builds a Western country with coordinates, distributions and its own polygon', () => {
    expect(buildCountries(sources([row({})]))).toEqual([
      {
        id: 'USA',
        name: 'United States',
        isoNumeric: '840',
        atlasId: '840',
        wvsCode: 840,
        wvsAlpha: 'USA',
        zone: 'English-Speaking',
        zoneSource: 'tao2024',
        zoneNote: null,
        western: true,
        hasDistributions: true,
        iwCoords: [1.5, -0.4],
        ownPolygon: true,
        mapNote: null,
      },
    ]);
  });

  it('gives Northern Ireland the id NIR and no polygon of its own (it shares 826 with Great Britain)', () => {
    const gbr = row({
      b_country: '826',
      iso_numeric: '826',
      atlas_id: '826',
      iso3: 'GBR',
      name: 'Great Britain',
      wvs_alpha: 'GBR',
    });
    const [, nir] = buildCountries(
      sources([
        gbr,
        row({
          b_country: '909',
          iso_numeric: '',
          atlas_id: '826',
          iso3: '',
          name: 'Northern Ireland',
          wvs_alpha: 'NIR',
          s003_name: 'North Ireland',
        }),
      ]),
    );
    expect(nir).toMatchObject({
      id: 'NIR',
      isoNumeric: null,
      atlasId: '826',
      wvsCode: 909,
      ownPolygon: false,
      hasDistributions: false,
      iwCoords: [1.2, -0.4],
    });
    expect(nir?.mapNote).toBe(
      'No polygon of its own in world-atlas: geometry 826 covers a larger territory and is drawn for Great Britain; Northern Ireland appears in charts and lists but not as a map shape.',
    );
  });

  it('keeps tiny countries missing from the 110m atlas on the map with a marker note', () => {
    const [sgp] = buildCountries(
      sources([
        row({
          b_country: '702',
          iso_numeric: '702',
          atlas_id: '702',
          iso3: 'SGP',
          name: 'Singapore',
          wvs_alpha: 'SGP',
          iw_zone: 'West & South Asia',
          in_atlas_110m: '0',
        }),
      ]),
    );
    expect(sgp).toMatchObject({
      ownPolygon: true,
      western: false,
      mapNote: 'Too small to see at world scale; the map adds a marker.',
    });
  });

  it('assigns Egypt the zone of its North African neighbours and says so', () => {
    const [egy] = buildCountries(
      sources([
        row({
          b_country: '818',
          iso_numeric: '818',
          atlas_id: '818',
          iso3: 'EGY',
          name: 'Egypt',
          wvs_alpha: 'EGY',
          iw_zone: '',
          s003_name: '',
        }),
      ]),
    );
    expect(egy).toMatchObject({ zone: 'African-Islamic', zoneSource: 'assigned', western: false, iwCoords: null });
    expect(egy?.zoneNote).toContain('Algeria, Libya, Morocco, Tunisia');
  });

  it('fails when a neighbour does not carry the assigned zone', () => {
    const changed = sources([row({ iso3: 'EGY', iw_zone: '', atlas_id: '818' })], {
      s003Csv: [{ 'country.territory': 'Algeria', Category: 'Latin America' }],
    });
    expect(() => buildCountries(changed)).toThrow(
      'Country EGY is assigned African-Islamic after Algeria, but s003.csv gives Algeria "Latin America": revisit ASSIGNED_ZONES.',
    );
  });

  it('fails when a country has no zone and no assignment', () => {
    expect(() => buildCountries(sources([row({ iw_zone: '' })]))).toThrow(
      'Country USA has no iw_zone in countries.csv and no entry in ASSIGNED_ZONES',
    );
  });

  it('fails on an unknown zone name', () => {
    expect(() => buildCountries(sources([row({ iw_zone: 'Nordic' })]))).toThrow(
      'countries.csv USA: zone "Nordic" is not one of',
    );
  });

  it('fails when the atlas has no geometry for the country', () => {
    expect(() => buildCountries(sources([row({ atlas_id: '999' })]))).toThrow(
      'Country United States: atlas_id "999" is not a geometry id in world-atlas countries-50m.json',
    );
  });

  it('fails on a missing column', () => {
    const { iw_zone: _dropped, ...withoutZone } = row({});
    expect(() => buildCountries(sources([withoutZone]))).toThrow('countries.csv row 2 has no column "iw_zone".');
  });
});
