export type * from './types.ts';
export { buildPrompt, templatesFor, NO_COUNTRY_ID } from './buildPrompt.ts';
export { expandOrders } from './expandOrders.ts';
export { layoutOptions, type OptionLayout } from './layoutOptions.ts';
export { promptTemplateHash } from './promptTemplateHash.ts';
export {
  PROMPT_TEMPLATES,
  PROMPT_WORDING_VERSION,
  COUNTRY_PLACEHOLDER,
  personaNeedsCountry,
  type PromptTemplates,
} from './templates.ts';
