import { buildPrompt } from '../../src/lib/prompt/buildPrompt.ts';
import type { ChatMessage, OptionOrder, PersonaStyle, Prompt, PromptSettings } from '../../src/lib/prompt/types.ts';
import type { Country, Dataset, Question } from '../../src/lib/survey/types.ts';

/** What the fake server understood from a chat request. */
export interface IdentifiedPrompt {
  question: Question;
  /** The persona's country; null for persona 'none'. */
  country: Country | null;
  prompt: Prompt;
}

const ORDERS: OptionOrder[] = ['original', 'reversed'];
const PERSONAS: PersonaStyle[] = ['none', 'person-from', 'average-human', 'third-person'];
const settingsFor = (persona: PersonaStyle): PromptSettings => ({ persona, language: 'en', order: 'original' });

const PROBE_QUESTION: Question = {
  id: 'probe',
  text: 'Probe question?',
  label: 'probe',
  category: 'social-values',
  scaleType: 'binary',
  options: [
    { code: 1, text: 'Yes', value: 1 },
    { code: 2, text: 'No', value: 2 },
  ],
  flags: [],
};

/** Everything a persona adds around the persona-free body: the system message and the user preamble. */
function personaSignature(messages: readonly ChatMessage[], body: string): string | null {
  const userText = messages.at(-1)?.content ?? '';
  if (!userText.endsWith(body)) return null;
  return JSON.stringify([messages.slice(0, -1), userText.slice(0, userText.length - body.length)]);
}

function sameMessages(a: readonly ChatMessage[], b: readonly ChatMessage[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Recognises prompts made by the app's own buildPrompt (English templates). The last user message ends
 * with the persona-free body (question, options, instruction), which finds the question and order; what
 * the persona adds around it is looked up among all persona × country signatures; rebuilding the prompt
 * then confirms the match exactly, so nothing is guessed.
 */
export function createPromptIdentifier(
  dataset: Dataset,
): (messages: readonly ChatMessage[]) => IdentifiedPrompt | null {
  const bodies = dataset.questions.flatMap((question) =>
    ORDERS.map((order) => {
      const prompt = buildPrompt(question, null, settingsFor('none'), order);
      return { question, order, body: prompt.messages.at(-1)?.content ?? '' };
    }),
  );
  // The longest body first, so a question whose text ends another's cannot be mistaken for it.
  bodies.sort((a, b) => b.body.length - a.body.length);

  const probeBody = buildPrompt(PROBE_QUESTION, null, settingsFor('none'), 'original').messages.at(-1)?.content ?? '';
  const personaBySignature = new Map<string, { persona: PersonaStyle; country: Country | null }>();
  for (const persona of PERSONAS) {
    for (const country of persona === 'none' ? [null] : dataset.countries) {
      const probe = buildPrompt(PROBE_QUESTION, country, settingsFor(persona), 'original');
      const signature = personaSignature(probe.messages, probeBody);
      if (signature !== null) personaBySignature.set(signature, { persona, country });
    }
  }

  return (messages) => {
    const userText = messages.at(-1)?.content ?? '';
    const match = bodies.find(({ body }) => userText.endsWith(body));
    if (!match) return null;
    const signature = personaSignature(messages, match.body);
    const persona = signature === null ? undefined : personaBySignature.get(signature);
    if (!persona) return null;
    const prompt = buildPrompt(match.question, persona.country, settingsFor(persona.persona), match.order);
    return sameMessages(messages, prompt.messages)
      ? { question: match.question, country: persona.country, prompt }
      : null;
  };
}
