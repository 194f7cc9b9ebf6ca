import { describe, expect, it } from 'vitest';
import { sharedShapeNote } from './sharedShapeNote';
import { fixtureCountry } from './testFixtures';

const britain = fixtureCountry('GBR', 'Great Britain', '826');
const northernIreland = fixtureCountry('NIR', 'Northern Ireland', '826', false);
const ethiopia = fixtureCountry('ETH', 'Ethiopia', '231');
const countries = [britain, northernIreland, ethiopia];

describe('sharedShapeNote', () => {
  it('tells the shape owner that its colour is its own sample', () => {
    expect(sharedShapeNote(britain, countries)).toBe(
      "The shape also covers Northern Ireland, surveyed separately: its colour is Great Britain's own sample.",
    );
  });

  it('tells a country without a shape where its numbers are', () => {
    expect(sharedShapeNote(northernIreland, countries)).toBe(
      'Northern Ireland has no shape of its own on the map (it lies within the shape coloured by Great Britain); its numbers are in the bars and the table.',
    );
  });

  it('has nothing to say about a country with its own shape, or in an empty list', () => {
    expect(sharedShapeNote(ethiopia, countries)).toBeNull();
    expect(sharedShapeNote(britain, [])).toBeNull();
  });

  it('leaves out the owner when none is listed', () => {
    expect(sharedShapeNote(northernIreland, [northernIreland])).toBe(
      'Northern Ireland has no shape of its own on the map; its numbers are in the bars and the table.',
    );
  });
});
