import type { CountryId, Zone } from '../survey/types';
import { formatValue } from './formatEstimate';
import { okabeIto } from './okabeIto';
import type { LegendEntry, ScatterPoint, ScatterSegment } from './scatterTypes';
import { zoneColour, zones } from './zoneColour';

export interface CulturalMapCountry {
  id: CountryId;
  name: string;
  zone: Zone;
  /** The published human position [RC1, RC2], null when the country has none. */
  human: [number, number] | null;
}

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
 * Points, connecting lines and legend of the Inglehart–Welzel map: people as circles coloured by
 * zone; each run's persona positions as diamonds, linked to the country's human point. With one
 * run the diamonds take their zone's colour; with several, each run gets its own colour.
 */
export function culturalMapMarks(
  countries: readonly CulturalMapCountry[],
  series: readonly CulturalMapSeries[],
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
      lines: [`${country.name} (people)`, country.zone, position(country.human)],
      focusable: series.length === 0,
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
          country.human ? `People: ${position(country.human)}` : 'No published human position',
        ],
      });
      if (country.human) segments.push({ id: `${run.id}-${countryId}-link`, from: model, to: country.human, colour });
    }
  });
  const presentZones = new Set(countries.filter((country) => country.human).map((country) => country.zone));
  const legend: LegendEntry[] = zones
    .filter((zone) => presentZones.has(zone))
    .map((zone) => ({ label: zone, colour: zoneColour(zone) }));
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
