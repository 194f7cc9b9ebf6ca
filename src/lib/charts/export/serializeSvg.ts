import { inlineStyleText } from './inlineStyleText';

const svgNamespace = 'http://www.w3.org/2000/svg';

/**
 * A stand-alone SVG document of a chart as it is drawn on the page: each element's computed
 * presentation styles are copied into a `style` attribute (the file has no access to the app's
 * CSS), focus helpers and hidden marks stay as drawn, and the size is fixed from the viewBox (or the on-screen box).
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((original, index) => {
    const target = copies[index];
    if (!target) return;
    const computed = getComputedStyle(original);
    const style = inlineStyleText((property) => computed.getPropertyValue(property));
    if (style) target.setAttribute('style', style);
    else target.removeAttribute('style');
    target.removeAttribute('class');
    target.removeAttribute('tabindex');
  });
  const { width, height } = svgSize(svg);
  copy.setAttribute('xmlns', svgNamespace);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** The chart's own coordinate size (its viewBox) when it has one, else its size on screen. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg.viewBox.baseVal;
  if (viewBox && viewBox.width > 0 && viewBox.height > 0) return { width: viewBox.width, height: viewBox.height };
  const box = svg.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}
