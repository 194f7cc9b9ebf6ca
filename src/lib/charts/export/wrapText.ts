import { textWidth } from '../textWidth';

/**
 * Breaks `text` at spaces into lines that fit `width` at `fontSize` (estimated, see textWidth).
 * A single word longer than the line stays whole on a line of its own.
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}
