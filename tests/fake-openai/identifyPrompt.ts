import { buildPrompt } from '../../src/lib/prompt/buildPrompt.ts';
import type { ChatMessage, OptionOrder, PersonaStyle, Prompt } from '../../src/lib/prompt/types.ts';
import type { Country, Dataset, Question } from '../../src/lib/survey/types.ts';

/** What the fake server understood from a chat request. */
export interface IdentifiedPrompt {
  question: Question;
  /** The persona's country; null for persona 'none'. */
  country: Country | null;
  prompt: Prompt;
}

const ORDERS: OptionOrder[] = ['original', 'reversed'];
const COUNTRY_PERSONAS: PersonaStyle[] = ['person-from', 'average-human', 'third-person'];

function sameMessages(a: readonly ChatMessage[], b: readonly ChatMessage[]): boolean {
  return a.length === b.length && a.every((message, index) => message.role === b[index]?.role && message.content === b[index]?.content);
}

/**
 * Recognises prompts made by the app's own buildPrompt (English templates). Every persona's last user
 * message ends with the persona-free body (question, options, instruction), which finds the question and
 * order; rebuilding the prompt for each persona and country then finds the country exactly, no guessing.
 */
export function createPromptIdentifier(dataset: Dataset): (messages: readonly ChatMessage[]) => IdentifiedPrompt | null {
  const bodies = dataset.questions.flatMap((question) =>
    ORDERS.map((order) => {
      const prompt = buildPrompt(question, null, { persona: 'none', language: 'en', order: 'original' }, order);
      return { question, order, prompt, body: prompt.messages.at(-1)?.content ?? '' };
    }),
  );

  return (messages) => {
    const userText = messages.at(-1)?.content ?? '';
    // The longest matching body wins, so a question whose text ends another's cannot be mistaken for it.
    const candidates = bodies.filter(({ body }) => userText.endsWith(body)).sort((a, b) => b.body.length - a.body.length);
    const match = candidates[0];
    if (!match) return null;
    if (sameMessages(messages, match.prompt.messages)) return { question: match.question, country: null, prompt: match.prompt };
    for (const persona of COUNTRY_PERSONAS) {
      for (const country of dataset.countries) {
        const prompt = buildPrompt(match.question, country, { persona, language: 'en', order: 'original' }, match.order);
        if (sameMessages(messages, prompt.messages)) return { question: match.question, country, prompt };
      }
    }
    return null;
  };
}
