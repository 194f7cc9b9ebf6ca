import type { PersonaStyle } from '../../prompt/types';
import type { Question } from '../../survey/types';

/** "as a person from India", in the words of the persona the run's prompts use. */
export function personaPhrase(persona: PersonaStyle, countryName: string): string {
  switch (persona) {
    case 'person-from':
      return `as a person from ${countryName}`;
    case 'average-human':
      return `as an average person born and living in ${countryName}`;
    case 'third-person':
      return `for someone from ${countryName}`;
    case 'none':
      return `with no persona (in ${countryName}'s place)`;
  }
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whole percent ("78 %"): a live readout that changes several times a second needs no decimals. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

export interface AnswerShare {
  option: string;
  share: number;
}

export interface LatestAnswerWording {
  /** "As a person from India: “Importance of God” → 78 % Very important". */
  sentence: string;
  /** Every option with its share, in the question's option order. */
  shares: AnswerShare[];
}

/**
 * One answer in words: who was asked, the question's short label and the option the model gave the most probability
 * (the first of equals, as the options are listed). `probs` is in the question's option order, as stored.
 */
export function latestAnswerWording(
  question: Pick<Question, 'label' | 'options'>,
  probs: readonly number[],
  persona: PersonaStyle,
  countryName: string,
): LatestAnswerWording {
  const shares = question.options.map((option, index) => ({ option: option.text, share: probs[index] ?? 0 }));
  const top = shares.reduce<AnswerShare | null>(
    (best, entry) => (best === null || entry.share > best.share ? entry : best),
    null,
  );
  const answer = top === null ? 'no answer' : `${formatPercent(top.share)} ${top.option}`;
  return { sentence: `${capitalised(personaPhrase(persona, countryName))}: “${question.label}” → ${answer}`, shares };
}

/** "Now asking “Importance of God” (Q164) as a person from India". */
export function askingWording(
  question: Pick<Question, 'id' | 'label'>,
  persona: PersonaStyle,
  countryName: string,
): string {
  return `Now asking “${question.label}” (${question.id}) ${personaPhrase(persona, countryName)}`;
}
