/**
 * An estimate of a label's width: 0.6 em per character. Exports cannot measure text (the file is
 * drawn elsewhere, in another font) and layouts are computed before drawing, so this leaves room
 * for a wide sans-serif font.
 */
export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}
