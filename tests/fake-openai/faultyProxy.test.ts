import { afterEach, describe, expect, it } from 'vitest';
import { startFaultyProxy, type FaultyProxy, type ProxyFaults } from './faultyProxy.ts';
import { startFakeOpenAI, type FakeOpenAI } from './server.ts';

let fake: FakeOpenAI | null = null;
let proxy: FaultyProxy | null = null;

async function start(faults: ProxyFaults): Promise<FaultyProxy> {
  fake = await startFakeOpenAI({ mode: 'oracle' });
  proxy = await startFaultyProxy(fake.url, faults);
  return proxy;
}

afterEach(async () => {
  await proxy?.close();
  await fake?.close();
  proxy = null;
  fake = null;
});

const probe = { model: 'fake-wvs-model', messages: [{ role: 'user', content: 'Reply with the letter A.' }] };

function chat(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(probe),
  });
}

interface Completion {
  system_fingerprint: string;
  choices: { message: { content: string }; logprobs: { content: { top_logprobs: { token: string }[] }[] } }[];
}

describe('startFaultyProxy', () => {
  it('forwards answers and records every request with its headers', async () => {
    const { url, log } = await start({});
    const answer = (await (await chat(url, { Authorization: 'Bearer k1' })).json()) as Completion;
    expect(answer.choices[0]?.message.content).toBe('A');
    expect(answer.system_fingerprint).toBe('fp_fake_openai');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ method: 'POST', path: '/v1/chat/completions', chatNumber: 1, fault: null });
    expect(log[0]?.headers.authorization).toBe('Bearer k1');
  });

  it('answers 401 without the required key, and passes the request with it', async () => {
    const { url } = await start({ requireKey: 'secret' });
    const refused = await chat(url, { Authorization: 'Bearer wrong' });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect((await chat(url, { Authorization: 'Bearer secret' })).status).toBe(200);
  });

  it('rate-limits matching prompts the given number of times with Retry-After', async () => {
    const { url } = await start({
      rateLimit: { matches: (prompt) => prompt.includes('letter A'), times: 2, retryAfterSeconds: 3 },
    });
    const statuses = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await chat(url);
      statuses.push([response.status, response.headers.get('retry-after')]);
    }
    expect(statuses).toEqual([
      [429, '3'],
      [429, '3'],
      [200, null],
    ]);
  });

  it('rewrites the fingerprint and can take every probability off the labels', async () => {
    const { url, faults } = await start({ fingerprint: 'fp-1', labelless: () => true });
    const answer = (await (await chat(url)).json()) as Completion;
    expect(answer.system_fingerprint).toBe('fp-1');
    expect(answer.choices[0]?.logprobs.content[0]?.top_logprobs.map((entry) => entry.token)).toEqual(['Sorry']);
    faults.fingerprint = 'fp-2';
    expect(((await (await chat(url)).json()) as Completion).system_fingerprint).toBe('fp-2');
  });

  it('cuts the connection from the given chat request on', async () => {
    const { url, log } = await start({ cutFrom: 2 });
    expect((await chat(url)).status).toBe(200);
    await expect(chat(url)).rejects.toThrow(TypeError);
    expect(log.map((entry) => entry.fault)).toEqual([null, 'cut']);
  });
});
