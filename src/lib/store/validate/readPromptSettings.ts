import type { OptionOrderSetting, PersonaStyle, PromptSettings } from '../../prompt/types';
import { readObject, readOneOf, readString } from '../../validate/fields';

const PERSONA_STYLES: readonly PersonaStyle[] = ['none', 'person-from', 'average-human', 'third-person'];
const ORDER_SETTINGS: readonly OptionOrderSetting[] = ['original', 'reversed', 'both'];

export function readPromptSettings(value: unknown, where: string): PromptSettings {
  const settings = readObject(value, `${where}: "promptSettings"`);
  const inner = `${where} promptSettings`;
  return {
    persona: readOneOf(settings, 'persona', PERSONA_STYLES, inner),
    language: readString(settings, 'language', inner),
    order: readOneOf(settings, 'order', ORDER_SETTINGS, inner),
  };
}
