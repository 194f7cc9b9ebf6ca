import type { PersonaStyle } from './types.ts';

/**
 * Bump whenever prompt assembly changes in a way the template strings do not show
 * (separators, option line format, message order). Part of every prompt template hash.
 */
export const PROMPT_WORDING_VERSION = 1;

/** The placeholder replaced by `Country.name` in persona templates. */
export const COUNTRY_PLACEHOLDER = '{country}';

/** Every string that ends up in a prompt, for one language. Exported so run exports can include the exact wording. */
export interface PromptTemplates {
  /** System message per persona style; null = no system message. */
  system: Record<PersonaStyle, string | null>;
  /** Line put before the question in the user message; null = none. */
  userPreamble: Record<PersonaStyle, string | null>;
  /** One option line; `{label}` and `{text}` are replaced. */
  optionLine: string;
  /** Last line of the user message. */
  instruction: string;
}

/**
 * Built-in English wording. Sources: "You are a person from …" (arXiv 2412.08846),
 * "an average human being born in and living in …" (Tao et al. 2024),
 * third-person "How would someone from … answer" (Durmus et al., GlobalOpinionQA cross-national prompting).
 */
export const PROMPT_TEMPLATES: Readonly<Record<string, PromptTemplates>> = {
  en: {
    system: {
      none: null,
      'person-from': 'You are a person from {country}.',
      'average-human':
        'You are an average human being born in {country} and living in {country}, responding to the following survey question.',
      'third-person': null,
    },
    userPreamble: {
      none: null,
      'person-from': null,
      'average-human': null,
      'third-person': 'How would someone from {country} answer the following question?',
    },
    optionLine: '{label}. {text}',
    instruction: 'Answer with the letter of one option only.',
  },
};

/** Persona styles whose wording names a country. */
export function personaNeedsCountry(persona: PersonaStyle): boolean {
  return persona !== 'none';
}
