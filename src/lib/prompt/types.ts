import type { CountryId, QuestionId } from '../survey/types.ts';

/** How the persona is introduced (see DESIGN.md "Prompting and scoring"). */
export type PersonaStyle = 'none' | 'person-from' | 'average-human' | 'third-person';

/** Order in which options are shown; 'both' runs each item twice and averages after mapping back. */
export type OptionOrderSetting = 'original' | 'reversed' | 'both';

/** The order actually used for one prompt. */
export type OptionOrder = 'original' | 'reversed';

/** Everything that changes the prompt text; hashed into cache keys. */
export interface PromptSettings {
  persona: PersonaStyle;
  /** BCP-47 language of the question text; 'en' for the built-in wording. */
  language: string;
  order: OptionOrderSetting;
}

/** Chat message in the shape both WebLLM and OpenAI accept. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A ready-to-send prompt for one (question, country, order). */
export interface Prompt {
  questionId: QuestionId;
  countryId: CountryId;
  order: OptionOrder;
  /** System message first (if any), last message from the user. */
  messages: ChatMessage[];
  /** Single-token labels shown to the model, in display order: "A", "B", … */
  labels: string[];
  /** optionIndexByLabel[i] = index in question.options of the option shown with labels[i]. */
  optionIndexByLabel: number[];
}
