/**
 * Presentation properties that decide how an exported chart looks once it leaves the page's
 * style sheets. Layout-only properties are left out: SVG geometry lives in attributes.
 */
export const exportedStyleProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
] as const;

/** Values a property has when nothing styles it; writing them would only bloat the file. */
const initialValues: Partial<Record<(typeof exportedStyleProperties)[number], readonly string[]>> = {
  'fill-opacity': ['1'],
  'stroke-opacity': ['1'],
  'stroke-dasharray': ['none'],
  opacity: ['1'],
  'font-style': ['normal'],
  'paint-order': ['normal'],
  visibility: ['visible'],
  display: ['inline', 'block'],
};

/**
 * A `style` attribute value carrying an element's computed look, given a reader of computed
 * values (`getComputedStyle(el).getPropertyValue` in the browser, a plain lookup in tests).
 * Empty and initial values are skipped.
 */
export function inlineStyleText(readComputed: (property: string) => string): string {
  const declarations: string[] = [];
  for (const property of exportedStyleProperties) {
    const value = readComputed(property).trim();
    if (!value || initialValues[property]?.includes(value)) continue;
    declarations.push(`${property}:${value}`);
  }
  return declarations.join(';');
}
