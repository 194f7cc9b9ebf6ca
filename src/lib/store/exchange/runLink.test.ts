import { describe, expect, it } from 'vitest';
import type { Distribution } from '../../survey/types';
import { CATALOG, sampleResult, sampleRun } from '../testing/fixtures';
import { buildRunExport } from './exportRunJson';
import { decodeRunLink, encodeRunLink, MAX_RUN_LINK_CHARS, toLinkGrid } from './runLink';

const TEMPLATE = { settings: sampleRun().promptSettings, hash: 'abc123', text: 'You are a person from {country}.' };

function runFile(id: string) {
  const results = [sampleResult('Q1', 'USA', [0.1, 0.2, 0.3, 0.4]), sampleResult('Q1', 'DEU', [0.4, 0.3, 0.2, 0.1])];
  return buildRunExport(sampleRun({ id, doneItems: 2 }), results, TEMPLATE, { big: 'summary' });
}

async function deflateToLink(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

describe('run links', () => {
  it('round-trips two runs: the same run records and items come back, the summary is dropped', async () => {
    const files = [runFile('first'), runFile('second')];
    const payload = await encodeRunLink(files);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = await decodeRunLink(payload ?? '', CATALOG);
    expect(decoded.map(({ run }) => run)).toEqual(files.map(({ run }) => run));
    expect(decoded.map(({ items }) => items)).toEqual(files.map(({ items }) => items));
  });

  it('puts probabilities on the millionths grid, allowed mass to millionths and the time to 0.1 ms', async () => {
    const file = runFile('rounded');
    const [first, ...rest] = file.items;
    const noisy = {
      ...first!,
      probs: [0.1234567891234, 0.2, 0.3, 0.3765432108766],
      allowedMass: 0.98765432109,
      ms: 12.3400000001,
    };
    const payload = await encodeRunLink([{ ...file, items: [noisy as typeof first & object, ...rest] }]);
    const [decoded] = await decodeRunLink(payload ?? '', CATALOG);
    expect(decoded?.items[0]?.probs).toEqual([0.123457, 0.2, 0.3, 0.376543]);
    expect(decoded?.items[0]?.allowedMass).toBe(0.987654);
    expect(decoded?.items[0]?.ms).toBe(12.3);
  });

  it('gives null instead of a link the apps would cut off', async () => {
    const file = runFile('long');
    // Incompressible text: its base64 alone is longer than the limit.
    const noise = Array.from({ length: MAX_RUN_LINK_CHARS }, (_, index) => ((index * 7919) % 65_521).toString(36)).join(
      '',
    );
    expect(await encodeRunLink([{ ...file, promptTemplate: { ...file.promptTemplate, text: noise } }])).toBeNull();
  });

  it('rejects a payload longer than the limit before unpacking it', async () => {
    await expect(decodeRunLink('A'.repeat(MAX_RUN_LINK_CHARS + 1), CATALOG)).rejects.toThrow(
      `more than the ${MAX_RUN_LINK_CHARS}`,
    );
  });

  it('rejects characters, damaged data and non-run content with a message naming what to do', async () => {
    await expect(decodeRunLink('abc$', CATALOG)).rejects.toThrow(/characters a run link never has/);
    await expect(decodeRunLink('AAAA', CATALOG)).rejects.toThrow(/damaged or cut off/);
    await expect(decodeRunLink(await deflateToLink('not json'), CATALOG)).rejects.toThrow(/not readable/);
    await expect(decodeRunLink(await deflateToLink('[]'), CATALOG)).rejects.toThrow(/carries no runs/);
  });

  it('validates every run as an imported file is validated', async () => {
    const file = runFile('bad');
    const broken = { ...file, items: [{ ...file.items[0], countryId: 'XXX' }, file.items[1]] };
    await expect(decodeRunLink(await deflateToLink(JSON.stringify([broken])), CATALOG)).rejects.toThrow(
      /XXX.*Nothing was imported/,
    );
  });

  it('refuses a payload that unpacks to more than any run link holds', async () => {
    const bomb = await deflateToLink(' '.repeat(9_000_000));
    expect(bomb.length).toBeLessThan(MAX_RUN_LINK_CHARS);
    await expect(decodeRunLink(bomb, CATALOG)).rejects.toThrow(/unpacks to more than/);
  });
});

const grid = (probs: number[]) => toLinkGrid(probs as readonly number[] as Distribution);

describe('toLinkGrid', () => {
  it('rounds to whole millionths and keeps the sum at 1, giving left-over millionths to the largest remainders', () => {
    // Thirds: 333333.33… millionths each, one millionth left over, to the first of the equal remainders.
    const thirds = grid([1 / 3, 1 / 3, 1 / 3]);
    expect(thirds.map((p) => Math.round(p * 1e6))).toEqual([333334, 333333, 333333]);
    // 0.1234567 → 123456.7 (remainder .7) and 0.8765433 → 876543.3: the first takes the left-over millionth.
    expect(grid([0.1234567, 0.8765433]).map((p) => Math.round(p * 1e6))).toEqual([123457, 876543]);
  });

  it('keeps shares already on the grid and zeros as they are', () => {
    expect(grid([0.1, 0.2, 0.3, 0.4])).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(grid([0, 1])).toEqual([0, 1]);
  });

  it('normalises a distribution that sums to 1 only within the stored tolerance', () => {
    expect(grid([0.5000004, 0.5000004])).toEqual([0.5, 0.5]);
  });
});
