import type { PromptTemplateInfo } from '../types';
import { readObject, readString } from '../../validate/fields';
import { readPromptSettings } from './readPromptSettings';

/** Turns an unknown value (a file's or a stored run's prompt template) into a PromptTemplateInfo, or throws naming
 * the field. */
export function readPromptTemplate(value: unknown, where: string): PromptTemplateInfo {
  const template = readObject(value, `${where}: "promptTemplate"`);
  return {
    settings: readPromptSettings(template.settings, `${where} promptTemplate`),
    hash: readString(template, 'hash', `${where} promptTemplate`),
    text: readString(template, 'text', `${where} promptTemplate`),
  };
}
