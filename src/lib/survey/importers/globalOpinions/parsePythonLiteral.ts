/** A value written by Python's repr(): what GlobalOpinionQA's CSV cells hold. */
export type PythonValue = string | number | boolean | null | PythonValue[] | Map<string | number, PythonValue>;

/**
 * Parses the subset of Python literal syntax that repr() writes for dicts, lists, tuples, strings and numbers
 * (nan, inf included), plus the `defaultdict(<class 'list'>, {...})` wrapper, without evaluating anything.
 * Throws an Error naming the position and what was expected.
 */
export function parsePythonLiteral(text: string): PythonValue {
  const parser = new LiteralParser(text);
  const value = parser.value();
  parser.expectEnd();
  return value;
}

const DEFAULTDICT = /^defaultdict\(\s*<class '[A-Za-z_]+'>\s*,\s*/;
const NUMBER = /^[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|nan|inf)/;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

class LiteralParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  value(): PythonValue {
    this.skipSpace();
    const rest = this.text.slice(this.pos, this.pos + 60);
    const wrapper = DEFAULTDICT.exec(rest);
    if (wrapper) {
      this.pos += wrapper[0].length;
      const dict = this.value();
      this.skipSpace();
      this.expect(')');
      return dict;
    }
    const char = this.text[this.pos];
    if (char === '{') return this.dict();
    if (char === '[') return this.sequence('[', ']');
    if (char === '(') return this.sequence('(', ')');
    if (char === "'" || char === '"') return this.string(char);
    for (const [word, value] of [
      ['None', null],
      ['True', true],
      ['False', false],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return value;
      }
    }
    const number = NUMBER.exec(rest);
    if (number) {
      this.pos += number[0].length;
      return number[0].endsWith('nan') ? Number.NaN : Number(number[0].replace('inf', 'Infinity'));
    }
    throw this.error('a value');
  }

  expectEnd(): void {
    this.skipSpace();
    if (this.pos !== this.text.length) throw this.error('the end of the text');
  }

  private dict(): Map<string | number, PythonValue> {
    const map = new Map<string | number, PythonValue>();
    this.expect('{');
    for (this.skipSpace(); !this.take('}'); this.skipSpace()) {
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') throw this.error('a text or number key');
      this.skipSpace();
      this.expect(':');
      map.set(key, this.value());
      this.skipSpace();
      if (!this.take(',')) {
        this.skipSpace();
        this.expect('}');
        break;
      }
    }
    return map;
  }

  private sequence(open: string, close: string): PythonValue[] {
    const items: PythonValue[] = [];
    this.expect(open);
    for (this.skipSpace(); !this.take(close); this.skipSpace()) {
      items.push(this.value());
      this.skipSpace();
      if (!this.take(',')) {
        this.skipSpace();
        this.expect(close);
        break;
      }
    }
    return items;
  }

  private string(quote: string): string {
    let result = '';
    for (this.pos += 1; this.pos < this.text.length; this.pos += 1) {
      const char = this.text[this.pos]!;
      if (char === quote) {
        this.pos += 1;
        return result;
      }
      if (char !== '\\') {
        result += char;
        continue;
      }
      const next = this.text[this.pos + 1] ?? '';
      const hexLength = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
      if (hexLength > 0) {
        result += String.fromCodePoint(parseInt(this.text.slice(this.pos + 2, this.pos + 2 + hexLength), 16));
        this.pos += 1 + hexLength;
      } else {
        result += ESCAPES[next] ?? `\\${next}`;
        this.pos += 1;
      }
    }
    throw this.error(`a closing ${quote}`);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos += 1;
  }

  private take(char: string): boolean {
    if (this.text[this.pos] !== char) return false;
    this.pos += 1;
    return true;
  }

  private expect(char: string): void {
    if (!this.take(char)) throw this.error(`"${char}"`);
  }

  private error(expected: string): Error {
    const found =
      this.pos >= this.text.length ? 'the end of the text' : JSON.stringify(this.text.slice(this.pos, this.pos + 20));
    return new Error(`expected ${expected} at character ${this.pos + 1} but found ${found}`);
  }
}
