import { describe, expect, it } from 'vitest';
import { promptTemplateHash } from './promptTemplateHash';
import { PROMPT_TEMPLATES, PROMPT_WORDING_VERSION } from './templates';
import type { PromptSettings } from './types';

const base: PromptSettings = { persona: 'person-from', language: 'en', order: 'original' };
const en = PROMPT_TEMPLATES['en']!;

describe('promptTemplateHash', () => {
  it('is the SHA-256 hex of the canonical template description', async () => {
    // Computed independently with coreutils:
    // printf '%s' '[1,"person-from","en","original","You are a person from {country}.",null,"{label}. {text}","Answer with the letter of one option only."]' | sha256sum
    expect(PROMPT_WORDING_VERSION).toBe(1);
    const expected = 'aa823b5009a78d04dbd829258f99f6e6516545410434d930cc8ffb11e6d6841c';
    expect(await promptTemplateHash(base)).toBe(expected);
  });

  it('is stable across calls', async () => {
    expect(await promptTemplateHash(base)).toBe(await promptTemplateHash({ ...base }));
  });

  it('changes with persona, order setting and language', async () => {
    const hashes = await Promise.all([
      promptTemplateHash(base),
      promptTemplateHash({ ...base, persona: 'average-human' }),
      promptTemplateHash({ ...base, order: 'both' }),
      promptTemplateHash({ ...base, language: 'de' }, { ...PROMPT_TEMPLATES, de: en }),
    ]);
    expect(new Set(hashes).size).toBe(4);
  });

  it('changes when a template string the persona uses is edited, not when an unused one is', async () => {
    const original = await promptTemplateHash(base);
    const editedSystem = { en: { ...en, system: { ...en.system, 'person-from': 'You live in {country}.' } } };
    const editedInstruction = { en: { ...en, instruction: 'Answer with one letter.' } };
    const editedUnused = { en: { ...en, system: { ...en.system, 'average-human': 'Edited.' } } };
    expect(await promptTemplateHash(base, editedSystem)).not.toBe(original);
    expect(await promptTemplateHash(base, editedInstruction)).not.toBe(original);
    expect(await promptTemplateHash(base, editedUnused)).toBe(original);
  });

  it('rejects an unknown language', async () => {
    await expect(promptTemplateHash({ ...base, language: 'xx' })).rejects.toThrow(
      'No prompt templates for language "xx"',
    );
  });
});
