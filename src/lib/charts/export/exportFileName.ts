/**
 * A safe, readable file name for an exported chart or table: "Alignment by category" + "svg"
 * → "alignment-by-category.svg". Non-ASCII letters are folded to their base letter so names
 * survive every file system; an empty title falls back to "chart".
 */
export function exportFileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  const cleanExtension = extension.replace(/^\.+/, '');
  if (!cleanExtension) throw new Error('exportFileName: extension is empty; pass e.g. "svg", "png" or "csv".');
  return `${slug || 'chart'}.${cleanExtension}`;
}
