import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseRunExport } from '../../src/lib/store/exchange/parseRunExport.ts';
import { PUBLISHED_RUNS } from '../../src/lib/store/published/publishedRuns.ts';
import { parseDataset } from '../../src/lib/survey/parseDataset.ts';
import { buildPublishedRuns, PUBLISHED_SOURCE_DIR } from './publishedRuns.ts';

const repoRoot = join(import.meta.dirname, '..', '..');
const publishedDir = join(repoRoot, 'public', 'data', 'published');
const dataset = parseDataset(JSON.parse(readFileSync(join(repoRoot, 'public', 'data', 'wvs7-dataset.json'), 'utf8')));
const sharedDataDir = resolve(repoRoot, process.env['SHARED_DATA_DIR'] ?? '../shared/data');
const sharedPresent = existsSync(join(sharedDataDir, PUBLISHED_SOURCE_DIR));

function committed(file: string) {
  const text = readFileSync(join(publishedDir, file), 'utf8');
  const parsed = parseRunExport(text, dataset);
  const published = (JSON.parse(text) as { published: { unparseable: unknown[]; citation: string } }).published;
  const answer = (questionId: string, countryId: string) =>
    parsed.items.find((item) => item.questionId === questionId && item.countryId === countryId)?.probs;
  return { parsed, published, answer };
}

// Counts and answers read by hand from ../shared/data/published/culturespa-llama3-8b-instruct/*.json:
// a reply is unparseable when it is a refusal ("I cannot …", some ending with a helpline number) or its first
// number is not a WVS code of the question. Culture-aware, AUS…ZWE: 2+2+1+3+1+3+2+2+2+3+1+1+3+3+1+2+4+1 = 37;
// culture-unaware: 5 replies, standing for 18 countries = 90.
const EXPECTED = [
  { file: 'culturespa-culture-aware.json', total: 18 * 259, unparseable: 37, countries: 18 },
  { file: 'culturespa-culture-unaware.json', total: 18 * 259, unparseable: 90, countries: 18 },
  { file: 'culturespa-self-alignment.json', total: 259, unparseable: 24, countries: 1 },
  { file: 'culturespa-culture-aware-self-alignment.json', total: 259, unparseable: 18, countries: 1 },
  { file: 'culturespa-cross-culture-thinking.json', total: 2 * 259, unparseable: 2, countries: 2 },
];

// Q119's options in dataset order have codes [1, 2, 0, 3, 4]; Q241's are 0…10; Q94's are 0, 1, 2.
const Q119_AGREE = [0, 1, 0, 0, 0];
const Q119_DISAGREE = [0, 0, 0, 1, 0];
const onCode = (code: number, length: number) => Array.from({ length }, (_, index) => (index === code ? 1 : 0));

describe('published CultureSPA runs', () => {
  it('ships one file per setting, each listed for the app', () => {
    expect(readdirSync(publishedDir).sort()).toEqual(PUBLISHED_RUNS.map((entry) => entry.file).sort());
    expect(EXPECTED.map((entry) => entry.file).sort()).toEqual(PUBLISHED_RUNS.map((entry) => entry.file).sort());
  });

  it.each(EXPECTED)('$file: item count and unparseable replies', ({ file, total, unparseable, countries }) => {
    const { parsed, published } = committed(file);
    expect(parsed.run.totalItems).toBe(total);
    expect(parsed.run.scope.countryIds).toHaveLength(countries);
    expect(published.unparseable).toHaveLength(unparseable);
    expect(parsed.items).toHaveLength(total - unparseable);
    expect(parsed.run.engine.settings['unparseableReplies']).toBe(unparseable);
    expect(parsed.run.engine.modelId).toBe('Meta-Llama-3-8B-Instruct');
    expect(published.citation).toContain('arXiv:2410.12971');
    expect(parsed.items.every((item) => item.method === 'sampling' && item.samples === 1)).toBe(true);
  });

  it('culture-aware: hand-read answers, 0-numbered questions included', () => {
    const { answer } = committed('culturespa-culture-aware.json');
    expect(answer('Q1', 'USA')).toEqual([1, 0, 0, 0]); // "1"
    expect(answer('Q119', 'USA')).toEqual(Q119_AGREE); // "2" = Agree (code 2)
    expect(answer('Q241', 'USA')).toEqual(onCode(8, 11)); // "8"
    expect(answer('Q241', 'CHN')).toEqual(onCode(8, 11)); // "8"
    expect(answer('Q94', 'USA')).toEqual([0, 0, 1]); // "2" = Active member
    expect(answer('Q106', 'USA')).toEqual(onCode(5, 10)); // "I'd say... 6." (codes 1…10)
    expect(answer('Q187', 'USA')).toBeUndefined(); // "I cannot answer this question. …"
  });

  it('culture-unaware: the one reply stands for every country', () => {
    const { answer } = committed('culturespa-culture-unaware.json');
    for (const country of ['AUS', 'USA', 'ZWE']) {
      expect(answer('Q241', country)).toEqual(onCode(9, 11)); // "9"
      expect(answer('Q119', country)).toEqual(Q119_AGREE); // "2"
      expect(answer('Q187', country)).toBeUndefined(); // "I cannot answer questions that involve suicide. …"
    }
  });

  it('self-alignment variants: hand-read answers', () => {
    const selfAlignment = committed('culturespa-self-alignment.json');
    expect(selfAlignment.answer('Q241', 'USA')).toEqual(onCode(9, 11)); // "9.9"
    expect(selfAlignment.answer('Q119', 'USA')).toEqual(Q119_DISAGREE); // "3. Disagree"
    const awareSelf = committed('culturespa-culture-aware-self-alignment.json');
    expect(awareSelf.answer('Q241', 'USA')).toEqual(onCode(6, 11)); // "6.6"
    expect(awareSelf.answer('Q119', 'USA')).toEqual(Q119_AGREE); // "2"
    const crossCulture = committed('culturespa-cross-culture-thinking.json');
    expect(crossCulture.answer('Q241', 'CAN')).toEqual(onCode(6, 11)); // "6.6"
    expect(crossCulture.answer('Q119', 'CAN')).toEqual(Q119_AGREE); // "2"
    expect(crossCulture.answer('Q119', 'USA')).toEqual(Q119_AGREE); // "2"
    expect(crossCulture.answer('Q189', 'USA')).toBeUndefined(); // "I cannot answer questions that promote …"
  });

  it.skipIf(!sharedPresent)('rebuild equals the committed files byte for byte (needs ../shared)', () => {
    for (const [file, text] of buildPublishedRuns(sharedDataDir, dataset)) {
      expect(text === readFileSync(join(publishedDir, file), 'utf8'), file).toBe(true);
    }
  });
});
