/**
 * Compact, deterministic JSON: one top-level field per line and, inside arrays and records,
 * one element per line, so the file stays small yet diffs readably. Key order is insertion order,
 * which the build fixes; numbers use JavaScript's shortest round-trip form.
 */
export function serializeDataset(fields: Record<string, unknown>): string {
  const body = Object.entries(fields).map(([key, value]) => `${JSON.stringify(key)}:${serializeField(value)}`);
  return body.length === 0 ? '{}\n' : `{\n${body.join(',\n')}\n}\n`;
}

function serializeField(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}:${JSON.stringify(item)}`);
    return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n}`;
  }
  return JSON.stringify(value);
}
