import { describe, expect, it } from 'vitest';
import type { Category } from '../../survey/types';
import { runLink, runLinkFor, runPreselection } from './runPreselection';

const categories: Category[] = [
  { id: 'religious-values', name: 'Religious values', group: 'socio-cultural-norms' },
  { id: 'postmaterialist-index', name: 'Postmaterialist index', group: 'not-scored' },
];
const dataset = { categories };

const parse = (query: string) => runPreselection(new URLSearchParams(query), dataset);

describe('runPreselection', () => {
  it('reads engine, baseline and scope from the link', () => {
    expect(parse('engine=baseline&baseline=uniform&scope=quick-look')).toEqual({
      tab: 'baseline',
      baseline: 'uniform',
      presetKind: 'quick-look',
    });
    expect(parse('engine=endpoint&scope=cultural-map')).toEqual({ tab: 'openai-endpoint', presetKind: 'cultural-map' });
    expect(parse('scope=category&topic=religious-values')).toEqual({
      presetKind: 'category',
      category: 'religious-values',
    });
  });

  it('ignores what it does not know, and a topic preset without a scored topic', () => {
    expect(parse('')).toEqual({});
    expect(parse('engine=gpu&baseline=oracle&scope=everything')).toEqual({});
    expect(parse('scope=category&topic=postmaterialist-index')).toEqual({});
    expect(parse('scope=category')).toEqual({});
    expect(parse('scope=custom')).toEqual({});
  });

  it('round-trips the links it makes', () => {
    const link = runLink({
      engine: 'baseline',
      baseline: 'world-average',
      scope: 'category',
      topic: 'religious-values',
    });
    expect(link).toBe('#/run?engine=baseline&baseline=world-average&scope=category&topic=religious-values');
    expect(parse(link.split('?')[1] ?? '')).toEqual({
      tab: 'baseline',
      baseline: 'world-average',
      presetKind: 'category',
      category: 'religious-values',
    });
    expect(runLink({})).toBe('#/run');
  });
});

describe('runLinkFor', () => {
  it("keeps the run's engine and baseline kind, and names no engine for imported answers", () => {
    expect(runLinkFor({ kind: 'baseline', settings: { baseline: 'uniform' } }, 'quick-look')).toBe(
      '#/run?engine=baseline&baseline=uniform&scope=quick-look',
    );
    expect(runLinkFor({ kind: 'openai-endpoint', settings: {} }, 'cultural-map')).toBe(
      '#/run?engine=endpoint&scope=cultural-map',
    );
    expect(runLinkFor({ kind: 'webllm', settings: {} }, 'category', 'religious-values')).toBe(
      '#/run?engine=webllm&scope=category&topic=religious-values',
    );
    expect(runLinkFor({ kind: 'imported', settings: {} }, 'quick-look')).toBe('#/run?scope=quick-look');
  });
});
