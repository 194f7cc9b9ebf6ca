import { templatesFor } from './buildPrompt.ts';
import { PROMPT_TEMPLATES, PROMPT_WORDING_VERSION } from './templates.ts';
import type { PromptSettings } from './types.ts';

/**
 * SHA-256 (hex) over everything that shapes the prompt text for these settings: the wording version,
 * persona, language, order setting and the template strings that persona uses. Editing an unused
 * persona's wording leaves other personas' hashes (and their cached answers) alone.
 */
export async function promptTemplateHash(settings: PromptSettings, templates = PROMPT_TEMPLATES): Promise<string> {
  const wording = templatesFor(settings.language, templates);
  const canonical = JSON.stringify([
    PROMPT_WORDING_VERSION,
    settings.persona,
    settings.language,
    settings.order,
    wording.system[settings.persona],
    wording.userPreamble[settings.persona],
    wording.optionLine,
    wording.instruction,
  ]);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonical));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
