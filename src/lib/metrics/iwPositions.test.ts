import { describe, expect, it } from 'vitest';
import type { Distribution } from '../survey/types';
import { iwPositions } from './iwPositions';
import { dist, IW_PARAMETERS, makeCountry, makeQuestion, makeReference } from './testing/fixtures';
import type { ModelAnswers } from './types';

const tenPoint = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const questions = [
  makeQuestion('Q46', [1, 2, 3, 4]),
  makeQuestion('Q57', [1, 2]),
  makeQuestion('Q45', [1, 2, 3]),
  makeQuestion('Q209', [1, 2, 3]),
  makeQuestion('Q164', tenPoint),
  makeQuestion('Q182', tenPoint),
  makeQuestion('Q184', tenPoint),
  makeQuestion('Q254', [1, 2, 3, 4, null]),
  makeQuestion('Q154', [1, 2, 3, 4], { scaleType: 'nominal', flags: ['postmaterialist'] }),
  makeQuestion('Q155', [1, 2, 3, 4], { scaleType: 'nominal', flags: ['postmaterialist'] }),
  makeQuestion('Q8', [1, 2]),
  makeQuestion('Q14', [1, 2]),
  makeQuestion('Q15', [1, 2]),
  makeQuestion('Q17', [1, 2]),
];
const certain = (size: number, code: number) => Array.from({ length: size }, (_, i) => (i + 1 === code ? 1 : 0));

// Everyone answers the ground-truth "base" vector [2,2,2,1,8,8,8,3,2,1]:
// y002 = 2: first aim 1 (materialist), second aim 2 (post-materialist) → mixed
// y003 = 1: independence mentioned (code 1), determination, faith and obedience not (code 2) → (2+2) − (1+2) = 1
const baseAnswers: Record<string, number[]> = {
  Q46: certain(4, 2),
  Q57: certain(2, 2),
  Q45: certain(3, 2),
  Q209: certain(3, 1),
  Q164: certain(10, 8),
  Q182: certain(10, 8),
  Q184: certain(10, 8),
  Q254: certain(5, 3),
  Q154: certain(4, 1),
  Q155: certain(4, 2),
  Q8: certain(2, 1),
  Q14: certain(2, 2),
  Q15: certain(2, 2),
  Q17: certain(2, 2),
};
const reference = makeReference(
  questions,
  Object.fromEntries(Object.entries(baseAnswers).map(([id, probs]) => [id, { USA: probs }])),
);
const modelWithoutQ8: ModelAnswers = Object.fromEntries(
  Object.entries(baseAnswers)
    .filter(([id]) => id !== 'Q8')
    .map(([id, probs]): [string, Record<string, Distribution>] => [id, { USA: dist(...probs) }]),
);

describe('iwPositions', () => {
  const countries = [makeCountry('USA'), makeCountry('DEU')];
  const positions = iwPositions(IW_PARAMETERS, questions, countries, reference, modelWithoutQ8);

  it('projects the reference answers onto the ground-truth point', () => {
    expect(positions).toHaveLength(1);
    const [usa] = positions;
    expect(usa?.countryId).toBe('USA');
    expect(Math.abs((usa?.human?.[0] as number) - 1.9708776837)).toBeLessThan(1e-6);
    expect(Math.abs((usa?.human?.[1] as number) - 2.109577549)).toBeLessThan(1e-6);
    expect(usa?.missingHuman).toEqual([]);
  });

  it('reports which items the model lacks', () => {
    expect(positions[0]?.model).toBeNull();
    expect(positions[0]?.missingModel).toEqual(['y003 (Q8, Q14, Q15, Q17)']);
  });

  it('leaves out countries with no position on either side', () => {
    expect(iwPositions(IW_PARAMETERS, questions, [makeCountry('DEU')], reference, modelWithoutQ8)).toEqual([]);
  });

  it("places people like for like: an oracle run (answers = people's distributions) lands exactly on them", () => {
    // A second country whose people answer the ground-truth "soupiw" vector [3,2,1,1,8,8,8,3,2,0]
    // (y003 = 0: independence and faith mentioned, determination and obedience not → (2+1) − (1+2) = 0).
    const soupiw: Record<string, number[]> = {
      ...baseAnswers,
      Q46: certain(4, 3),
      Q45: certain(3, 1),
      Q15: certain(2, 1),
    };
    const people = makeReference(
      questions,
      Object.fromEntries(Object.entries(baseAnswers).map(([id, probs]) => [id, { USA: probs, DEU: soupiw[id] ?? [] }])),
    );
    const oracle: ModelAnswers = Object.fromEntries(
      Object.entries(baseAnswers).map(([id, probs]): [string, Record<string, Distribution>] => [
        id,
        { USA: dist(...probs), DEU: dist(...(soupiw[id] ?? [])) },
      ]),
    );
    const placed = iwPositions(IW_PARAMETERS, questions, countries, people, oracle);
    // The parameter file's ground truth: base (1.9709, 2.1096), soupiw (1.1616, 2.2365).
    expect(placed.map((position) => position.human?.map((value) => Math.round(value * 1e4) / 1e4))).toEqual([
      [1.9709, 2.1096],
      [1.1616, 2.2365],
    ]);
    for (const position of placed) expect(position.model).toEqual(position.human);
  });
});
