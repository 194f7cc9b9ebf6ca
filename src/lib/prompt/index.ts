export type * from './types';
export { buildPrompt, templatesFor, NO_COUNTRY_ID } from './buildPrompt';
export { expandOrders } from './expandOrders';
export { layoutOptions, type OptionLayout } from './layoutOptions';
export { promptTemplateHash } from './promptTemplateHash';
export {
  PROMPT_TEMPLATES,
  PROMPT_WORDING_VERSION,
  COUNTRY_PLACEHOLDER,
  personaNeedsCountry,
  type PromptTemplates,
} from './templates';
