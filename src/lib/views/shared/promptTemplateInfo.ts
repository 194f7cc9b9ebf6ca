import { PROMPT_TEMPLATES, PROMPT_WORDING_VERSION } from '../../prompt';
import type { PromptTemplateInfo, RunRecord } from '../../store';

/**
 * The prompt wording a run used, written into its export so a reader sees exactly what was asked: an imported
 * run's own template as its file carried it, else this build's wording for the run's language.
 */
export function promptTemplateInfo(run: RunRecord): PromptTemplateInfo {
  if (run.promptTemplate) return run.promptTemplate;
  const templates = PROMPT_TEMPLATES[run.promptSettings.language];
  const text = templates
    ? JSON.stringify({ wordingVersion: PROMPT_WORDING_VERSION, templates }, null, 2)
    : `No built-in wording for language "${run.promptSettings.language}"; the run's template hash identifies the wording used.`;
  return { settings: run.promptSettings, hash: run.templateHash, text };
}
