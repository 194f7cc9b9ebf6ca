import type { ExportedChart } from './composeExportSvg';
import { inlineStyleText } from './inlineStyleText';

/**
 * A chart's <svg> as markup that stands without the page: each element's computed presentation
 * styles are copied into a `style` attribute (the file has no access to the app's CSS), the size
 * is fixed from the viewBox (or the on-screen box), and the root's ARIA references, which name
 * elements of the page, are dropped (the exported document carries its own title).
 */
export function serializeSvg(svg: SVGSVGElement): ExportedChart {
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
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  for (const attribute of ['aria-labelledby', 'aria-describedby', 'role']) copy.removeAttribute(attribute);
  return { markup: new XMLSerializer().serializeToString(copy), width, height };
}

/** The chart's own coordinate size (its viewBox) when it has one, else its size on screen. */
export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  const viewBox = svg.viewBox.baseVal;
  if (viewBox && viewBox.width > 0 && viewBox.height > 0) return { width: viewBox.width, height: viewBox.height };
  const box = svg.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}
