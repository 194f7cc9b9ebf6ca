import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './routes';

describe('hash routes', () => {
  it('parses a route with parameters', () => {
    const location = parseHash('#/explore?q=Q164&category=religious-values');
    expect(location.route).toBe('explore');
    expect(location.params.get('q')).toBe('Q164');
    expect(location.params.get('category')).toBe('religious-values');
  });

  it('falls back to Explore for an empty or unknown hash', () => {
    expect(parseHash('').route).toBe('explore');
    expect(parseHash('#/nowhere').route).toBe('explore');
  });

  it('round-trips parameters and drops empty ones', () => {
    const hash = formatHash('results', { run: 'run 1/2', country: undefined, q: '' });
    expect(hash).toBe('#/results?run=run+1%2F2');
    expect(parseHash(hash).params.get('run')).toBe('run 1/2');
  });
});
