import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOpenAIEngine, resolveEndpointConfig } from '../../engines/openai';
import openaiLogprobs from '../../engines/openai/fixtures/openai-logprobs.json';
import { scriptedFetch } from '../../engines/openai/fixtures/scriptedFetch';
import { executeRun } from '../../runner/executeRun';
import { setUpRun, wideCatalog } from '../../runner/testing/runSetup';
import { exportRunJson } from '../../store';
import { listResults } from '../../store/results';
import { getRun } from '../../store/runs';
import {
  apiKeyFor,
  bindApiKey,
  isApiKeyRemembered,
  isTrustedOrigin,
  originOf,
  rememberEndpoint,
  trustOrigin,
} from './endpointMemory';

/** The Web Storage interface over a Map, as the browser's localStorage and sessionStorage behave. */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, String(value));
  }
  /** Everything stored, to search for a key in it. */
  dump(): string {
    return JSON.stringify([...this.#items]);
  }
}

let local: MemoryStorage;
let session: MemoryStorage;
beforeEach(() => {
  local = new MemoryStorage();
  session = new MemoryStorage();
  vi.stubGlobal('localStorage', local);
  vi.stubGlobal('sessionStorage', session);
});
afterEach(() => vi.unstubAllGlobals());

const KEY = 'sk-own-0123456789abcdef';
const OWN = 'http://127.0.0.1:11434/v1';

describe('originOf', () => {
  it('is scheme, host and port; null for anything not http(s)', () => {
    expect(originOf(' https://api.example.org/v1/ ')).toBe('https://api.example.org');
    expect(originOf('http://localhost:11434/v1')).toBe('http://localhost:11434');
    expect(originOf('http://localhost:80/v1')).toBe('http://localhost');
    expect(originOf('file:///etc/passwd')).toBeNull();
    expect(originOf('not a url')).toBeNull();
    expect(originOf('')).toBeNull();
  });
});

describe('API keys bound to an origin', () => {
  it('hands the key out for its exact origin, whatever the path', () => {
    bindApiKey(OWN, KEY, false);
    expect(apiKeyFor(OWN)).toBe(KEY);
    expect(apiKeyFor('http://127.0.0.1:11434/other/path')).toBe(KEY);
  });

  it('never hands it out for another scheme, host or port', () => {
    bindApiKey(OWN, KEY, true);
    for (const other of [
      'https://127.0.0.1:11434/v1',
      'http://127.0.0.1:11435/v1',
      'http://localhost:11434/v1',
      'http://127.0.0.2:11434/v1',
      'http://127.0.0.1/v1',
      'http://127.0.0.1:11434.evil.example/v1',
      'file:///v1',
    ]) {
      expect(apiKeyFor(other), other).toBe('');
    }
  });

  it('keeps the key for this tab only unless the user asks to remember it', () => {
    bindApiKey(OWN, KEY, false);
    expect(session.dump()).toContain(KEY);
    expect(local.dump()).not.toContain(KEY);
    expect(isApiKeyRemembered(OWN)).toBe(false);

    bindApiKey(OWN, KEY, true);
    expect(local.dump()).toContain(KEY);
    expect(session.dump()).not.toContain(KEY);
    expect(isApiKeyRemembered(OWN)).toBe(true);
  });

  it('forgets the key when it is cleared, and keeps keys of other origins apart', () => {
    const other = 'https://api.example.org/v1';
    bindApiKey(OWN, KEY, true);
    bindApiKey(other, 'sk-other', false);
    bindApiKey(OWN, '  ', true);
    expect(apiKeyFor(OWN)).toBe('');
    expect(apiKeyFor(other)).toBe('sk-other');
    expect(local.dump()).not.toContain(KEY);
  });

  it('drops a key stored before keys were bound to origins, unread', () => {
    local.setItem('valueprobe.endpoint.apiKey', KEY);
    session.setItem('valueprobe.endpoint.apiKey', KEY);
    expect(apiKeyFor(OWN)).toBe('');
    expect(local.dump() + session.dump()).not.toContain(KEY);
  });

  it('ignores a damaged store instead of failing', () => {
    local.setItem('valueprobe.endpoint.apiKeys', '{not json');
    session.setItem('valueprobe.endpoint.apiKeys', JSON.stringify({ 'http://127.0.0.1:11434': 42 }));
    expect(apiKeyFor(OWN)).toBe('');
  });
});

describe('trusted origins', () => {
  it('trusts the origin typed into the endpoint form, and no other', () => {
    rememberEndpoint({ baseUrl: OWN, model: 'm', timeoutSeconds: 60, concurrency: 4, apiKey: KEY }, true);
    expect(isTrustedOrigin('http://127.0.0.1:11434/anything')).toBe(true);
    expect(isTrustedOrigin('http://127.0.0.1:8080/v1')).toBe(false);
    expect(apiKeyFor(OWN)).toBe(KEY);
    trustOrigin('http://127.0.0.1:8080/v1');
    expect(isTrustedOrigin('http://127.0.0.1:8080/v1')).toBe(true);
    expect(apiKeyFor('http://127.0.0.1:8080/v1')).toBe('');
  });
});

describe('a run on a key-protected endpoint', () => {
  it('sends the key to its server but never writes it into the run, its answers or its export', async () => {
    bindApiKey(OWN, KEY, true);
    const { fetch, calls } = scriptedFetch(Array.from({ length: 4 }, () => ({ status: 200, body: openaiLogprobs })));
    const engine = createOpenAIEngine(
      resolveEndpointConfig({ baseUrl: OWN, model: 'gpt-4o-mini', apiKey: apiKeyFor(OWN), maxRetries: 0 }),
      { fetch, sleep: async () => undefined, pageOrigin: 'https://valueprobe.example' },
    );
    await engine.load(() => undefined);
    const dataset = wideCatalog(3);
    const { db, store } = await setUpRun(dataset, engine.descriptor, {
      questionIds: ['Q1', 'Q2', 'Q3'],
      countryIds: ['USA'],
    });
    const outcome = await executeRun('run-1', engine, { store, dataset }, { signal: new AbortController().signal });
    expect(outcome.status).toBe('completed');
    // The probe and three questions, each with the key.
    expect(calls.map((call) => call.headers['Authorization'])).toEqual(Array(4).fill(`Bearer ${KEY}`));

    const run = await getRun(db, 'run-1');
    const results = await listResults(db, 'run-1');
    expect(results).toHaveLength(3);
    const exported = exportRunJson(run!, results, { settings: run!.promptSettings, hash: 'hash', text: 'prompt' }, {});
    expect(JSON.parse(exported)).toMatchObject({ run: { engine: { settings: { baseUrl: OWN } } } });
    for (const written of [JSON.stringify(run), JSON.stringify(results), exported]) expect(written).not.toContain(KEY);
    db.close();
  });
});
