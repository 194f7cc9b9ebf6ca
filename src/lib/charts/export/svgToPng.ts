/**
 * Rasterises a serialised SVG document to a PNG through a canvas, at `scale` × its size so the
 * image stays sharp on high-density screens and in slides. The background is painted white:
 * a transparent PNG is unreadable on dark slide themes.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  if (!(width > 0 && height > 0))
    throw new Error(`svgToPng: the chart has no size (${width} × ${height}); show it on the page before exporting.`);
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'sync';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('svgToPng: this browser gave no 2D canvas; export SVG instead.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('svgToPng: the canvas produced no image; export SVG instead.')),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
