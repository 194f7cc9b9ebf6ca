import { describe, expect, it } from 'vitest';
import { testCountry } from '../../src/lib/survey/testCountry.ts';
import { buildCountries, type CountrySources } from './buildCountries.ts';
import { countriesCsvRow, NORTHERN_IRELAND_ROW } from './testFixtures.ts';

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
    // testCountry() is the United States record as countriesCsvRow() describes it, without coordinates.
    expect(buildCountries(sources([countriesCsvRow()]))).toEqual([testCountry({ iwCoords: [1.5, -0.4] })]);
  });

  it('gives Northern Ireland the id NIR and no polygon of its own (it shares 826 with Great Britain)', () => {
    const gbr = countriesCsvRow({
      b_country: '826',
      iso_numeric: '826',
      atlas_id: '826',
      iso3: 'GBR',
      name: 'Great Britain',
      wvs_alpha: 'GBR',
    });
    const [, nir] = buildCountries(sources([gbr, countriesCsvRow(NORTHERN_IRELAND_ROW)]));
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
        countriesCsvRow({
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
        countriesCsvRow({
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
    const changed = sources([countriesCsvRow({ iso3: 'EGY', iw_zone: '', atlas_id: '818' })], {
      s003Csv: [{ 'country.territory': 'Algeria', Category: 'Latin America' }],
    });
    expect(() => buildCountries(changed)).toThrow(
      'Country EGY is assigned African-Islamic after Algeria, but s003.csv gives Algeria "Latin America": revisit ASSIGNED_ZONES.',
    );
  });

  it('fails when a country has no zone and no assignment', () => {
    expect(() => buildCountries(sources([countriesCsvRow({ iw_zone: '' })]))).toThrow(
      'Country USA has no iw_zone in countries.csv and no entry in ASSIGNED_ZONES',
    );
  });

  it('fails on an unknown zone name', () => {
    expect(() => buildCountries(sources([countriesCsvRow({ iw_zone: 'Nordic' })]))).toThrow(
      'countries.csv USA: zone "Nordic" is not one of',
    );
  });

  it('fails when the atlas has no geometry for the country', () => {
    expect(() => buildCountries(sources([countriesCsvRow({ atlas_id: '999' })]))).toThrow(
      'Country United States: atlas_id "999" is not a geometry id in world-atlas countries-50m.json',
    );
  });

  it('fails on a missing column', () => {
    const { iw_zone: _dropped, ...withoutZone } = countriesCsvRow({});
    expect(() => buildCountries(sources([withoutZone]))).toThrow('countries.csv row 2 has no column "iw_zone".');
  });
});
