import type { CountryId, Zone } from '../survey/types';
import { formatValue } from './formatEstimate';
import { okabeIto } from './okabeIto';
import type { LegendEntry, ScatterPoint, ScatterSegment } from './scatterTypes';
import { zoneColour, zones } from './zoneColour';

export interface CulturalMapCountry {
  id: CountryId;
  name: string;
  zone: Zone;
  /**
   * People's position [RC1, RC2] by the same recipe as the model's: the ten items of the human reference's answer
   * distributions, projected with the published parameters; null when the reference lacks an item.
   */
  human: [number, number] | null;
  /** Tao et al.'s published position (all waves, weighted), null when the country has none. */
  published: [number, number] | null;
}

/** The optional layer's name, the same in the legend, the toggle and the table. */
export const PUBLISHED_LAYER_LABEL = 'Published positions (Tao et al., all waves, weighted)';

/** One run's model positions, by persona country. */
export interface CulturalMapSeries {
  id: string;
  label: string;
  positions: readonly { countryId: CountryId; model: [number, number] | null }[];
}

export interface CulturalMapMarks {
  points: ScatterPoint[];
  segments: ScatterSegment[];
  legend: LegendEntry[];
  xDomain: [number, number];
  yDomain: [number, number];
}

const position = (point: [number, number]) => `RC1 ${formatValue(point[0])}, RC2 ${formatValue(point[1])}`;

/**
 * Points, connecting lines and legend of the Inglehart–Welzel map: people (projected like the model) as circles
 * coloured by zone; with `showPublished`, Tao et al.'s published positions as rings in the zone colour; each
 * run's persona positions as diamonds, linked to the country's people point, so an answer equal to people's
 * lands on it. With one run the diamonds take their zone's colour; with several, each run gets its own colour.
 */
export function culturalMapMarks(
  countries: readonly CulturalMapCountry[],
  series: readonly CulturalMapSeries[],
  showPublished = false,
): CulturalMapMarks {
  const byId = new Map(countries.map((country) => [country.id, country]));
  const byRun = series.length > 1;
  const runColour = (index: number) => okabeIto[index % okabeIto.length] ?? '#000000';
  const points: ScatterPoint[] = [];
  const segments: ScatterSegment[] = [];
  for (const country of countries) {
    if (!country.human) continue;
    points.push({
      id: `human-${country.id}`,
      x: country.human[0],
      y: country.human[1],
      colour: zoneColour(country.zone),
      label: country.id,
      lines: [`${country.name} (people, same recipe)`, country.zone, position(country.human)],
      focusable: series.length === 0,
    });
  }
  if (showPublished)
    for (const country of countries) {
      if (!country.published) continue;
      points.push({
        id: `published-${country.id}`,
        x: country.published[0],
        y: country.published[1],
        colour: zoneColour(country.zone),
        shape: 'ring',
        label: '',
        lines: [`${country.name} (published, all waves, weighted)`, country.zone, position(country.published)],
        focusable: false,
      });
    }
  series.forEach((run, runIndex) => {
    for (const { countryId, model } of run.positions) {
      const country = byId.get(countryId);
      if (!country || !model) continue;
      const colour = byRun ? runColour(runIndex) : zoneColour(country.zone);
      points.push({
        id: `${run.id}-${countryId}`,
        x: model[0],
        y: model[1],
        colour,
        shape: 'diamond',
        label: byRun ? '' : countryId,
        lines: [
          `${country.name} as answered by ${run.label}`,
          position(model),
          country.human ? `People: ${position(country.human)}` : 'No people position (the reference lacks a map item)',
        ],
      });
      if (country.human) segments.push({ id: `${run.id}-${countryId}-link`, from: model, to: country.human, colour });
    }
  });
  const presentZones = new Set(
    countries.filter((country) => country.human || (showPublished && country.published)).map((country) => country.zone),
  );
  const legend: LegendEntry[] = zones
    .filter((zone) => presentZones.has(zone))
    .map((zone) => ({ label: `${zone} (people)`, colour: zoneColour(zone) }));
  if (showPublished) legend.push({ label: PUBLISHED_LAYER_LABEL, colour: '#8c959f', shape: 'ring' });
  if (byRun)
    series.forEach((run, index) => legend.push({ label: run.label, colour: runColour(index), shape: 'diamond' }));
  else if (series.length === 1)
    legend.push({ label: `${series[0]?.label ?? 'Model'} (persona answers)`, colour: '#8c959f', shape: 'diamond' });
  return {
    points,
    segments,
    legend,
    xDomain: paddedExtent(
      points.map((p) => p.x),
      [-2, 3],
    ),
    yDomain: paddedExtent(
      points.map((p) => p.y),
      [-2, 2],
    ),
  };
}

/** The data's extent widened by half a unit, never narrower than the map's usual frame. */
function paddedExtent(values: readonly number[], frame: [number, number]): [number, number] {
  const low = Math.min(frame[0], ...values.map((value) => value - 0.5));
  const high = Math.max(frame[1], ...values.map((value) => value + 0.5));
  return [Math.floor(low * 2) / 2, Math.ceil(high * 2) / 2];
}
