import type { Country, Question } from '../survey/types.ts';
import { layoutOptions } from './layoutOptions.ts';
import { COUNTRY_PLACEHOLDER, PROMPT_TEMPLATES, personaNeedsCountry, type PromptTemplates } from './templates.ts';
import type { ChatMessage, OptionOrder, Prompt, PromptSettings } from './types.ts';

/** countryId of prompts built without a country (persona 'none' asked once for all countries). */
export const NO_COUNTRY_ID = 'none';

/** Looks up the templates for a language, failing with the languages that do exist. */
export function templatesFor(language: string, templates = PROMPT_TEMPLATES): PromptTemplates {
  const found = templates[language];
  if (!found) {
    const known = Object.keys(templates).join(', ');
    throw new Error(`No prompt templates for language "${language}"; choose one of: ${known}.`);
  }
  return found;
}

function fillCountry(template: string, country: Country): string {
  return template.replaceAll(COUNTRY_PLACEHOLDER, () => country.name);
}

/**
 * Builds the chat messages for one (question, country, order).
 * With persona 'none' the text never names the country, so country may be null; the prompt then
 * carries NO_COUNTRY_ID. Every other persona needs a country.
 */
export function buildPrompt(
  question: Question,
  country: Country | null,
  settings: PromptSettings,
  order: OptionOrder,
  templates = PROMPT_TEMPLATES,
): Prompt {
  const wording = templatesFor(settings.language, templates);
  const { labels, optionIndexByLabel } = layoutOptions(question.options.length, order);
  const persona = settings.persona;
  if (personaNeedsCountry(persona) && !country) {
    throw new Error(`Persona style "${persona}" names a country, but no country was given for ${question.id}.`);
  }

  const optionLines = labels.map((label, index) => {
    const option = question.options[optionIndexByLabel[index] ?? -1];
    if (!option) throw new Error(`Question ${question.id} has no option for label ${label}.`);
    // Replacer functions keep a "$" in option text literal.
    return wording.optionLine.replace('{label}', () => label).replace('{text}', () => option.text);
  });
  const systemTemplate = wording.system[persona];
  const preambleTemplate = wording.userPreamble[persona];
  const userParts = [
    country && preambleTemplate ? fillCountry(preambleTemplate, country) : null,
    question.text,
    optionLines.join('\n'),
    wording.instruction,
  ].filter((part): part is string => part !== null);

  const messages: ChatMessage[] = [];
  if (country && systemTemplate) messages.push({ role: 'system', content: fillCountry(systemTemplate, country) });
  messages.push({ role: 'user', content: userParts.join('\n\n') });

  return {
    questionId: question.id,
    countryId: country?.id ?? NO_COUNTRY_ID,
    order,
    messages,
    labels,
    optionIndexByLabel,
  };
}
