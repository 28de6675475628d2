import { ODataError } from './error.js';
import { parseInstant } from './instant.js';

/** One lexical token of a query option value. `pos` is its start offset. */
export type Token =
  | { readonly t: 'ident'; readonly v: string; readonly pos: number }
  | { readonly t: 'string'; readonly v: string; readonly pos: number }
  | { readonly t: 'number'; readonly v: number; readonly integer: boolean; readonly pos: number }
  | { readonly t: 'guid'; readonly v: string; readonly pos: number }
  | { readonly t: 'datetime'; readonly v: number; readonly pos: number }
  | { readonly t: '(' | ')' | ',' | '/' | 'eof'; readonly pos: number };

/** Longest option value we parse; real filters are far shorter (URLs cap near 8 KB anyway). */
export const MAX_OPTION_LENGTH = 8000;

const GUID = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}/y;
const GUID_EXACT = /^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$/;
const BARE_DATE =
  /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2})?)?/y;
const NUMBER = /-?\d+(\.\d+)?([eE][+-]?\d+)?/y;
const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const IDENT_CHAR = /[A-Za-z0-9_]/;
const SPACE = /[ \t\r\n]/;

/** Splits an option value into tokens; throws ODataError on anything it cannot read. */
export function tokenize(text: string, option: string): Token[] {
  if (text.length > MAX_OPTION_LENGTH) {
    throw new ODataError(
      `The ${option} value is too long (more than ${MAX_OPTION_LENGTH} characters).`,
      option,
    );
  }
  const tokens: Token[] = [];
  const fail = (msg: string, pos: number): never => {
    throw new ODataError(`Syntax error in ${option} at position ${pos}: ${msg}.`, option, pos);
  };
  /** Literals must not run straight into a name or number (`1and`, `'a'b`). */
  const delimited = (end: number, what: string) => {
    const next = text.charAt(end);
    if (next !== '' && IDENT_CHAR.test(next)) fail(`unexpected character after ${what}`, end);
  };
  let i = 0;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',' || ch === '/') {
      tokens.push({ t: ch, pos: i });
      i++;
      continue;
    }
    if (ch === "'") {
      const { value, end } = readQuoted(text, i, option);
      delimited(end, 'a string');
      tokens.push({ t: 'string', v: value, pos: i });
      i = end;
      continue;
    }
    const guid = stickyMatch(GUID, text, i);
    if (guid !== null && !IDENT_CHAR.test(text.charAt(i + guid.length))) {
      tokens.push({ t: 'guid', v: guid.toLowerCase(), pos: i });
      i += guid.length;
      continue;
    }
    if ((ch >= '0' && ch <= '9') || ch === '-') {
      const date = stickyMatch(BARE_DATE, text, i);
      if (date !== null) {
        const ms = parseInstant(date);
        if (ms === null) fail('invalid date or date-time', i);
        delimited(i + date.length, 'a date');
        tokens.push({ t: 'datetime', v: ms as number, pos: i });
        i += date.length;
        continue;
      }
      const num = stickyMatch(NUMBER, text, i);
      if (num === null) fail("'-' must be followed by a digit", i);
      const raw = num as string;
      let end = i + raw.length;
      const integer = !/[.eE]/.test(raw);
      // OData type suffixes: L (Int64) on integers; M, D, F (decimal, double, single).
      const suffix = text.charAt(end);
      if (
        (integer && (suffix === 'L' || suffix === 'l')) ||
        'MmDdFf'.includes(suffix === '' ? '#' : suffix)
      ) {
        end++;
      }
      delimited(end, 'a number');
      const value = Number(raw);
      if (!Number.isFinite(value) || (integer && !Number.isSafeInteger(value))) {
        fail('number out of range', i);
      }
      tokens.push({ t: 'number', v: value, integer: integer && Number.isInteger(value), pos: i });
      i = end;
      continue;
    }
    const ident = stickyMatch(IDENT, text, i);
    if (ident !== null) {
      const end = i + ident.length;
      if (text.charAt(end) === "'") {
        // Typed literal: guid'…', datetime'…', datetimeoffset'…' (prefix in any casing).
        const { value, end: close } = readQuoted(text, end, option);
        delimited(close, 'a literal');
        const prefix = ident.toLowerCase();
        if (prefix === 'guid') {
          if (!GUID_EXACT.test(value)) fail('invalid GUID literal', i);
          tokens.push({ t: 'guid', v: value.toLowerCase(), pos: i });
        } else if (prefix === 'datetime' || prefix === 'datetimeoffset') {
          const ms = parseInstant(value.trim());
          if (ms === null) fail(`invalid ${ident} literal`, i);
          tokens.push({ t: 'datetime', v: ms as number, pos: i });
        } else {
          fail('unsupported typed literal (use guid, DateTime or DateTimeOffset)', i);
        }
        i = close;
        continue;
      }
      tokens.push({ t: 'ident', v: ident, pos: i });
      i = end;
      continue;
    }
    fail('unexpected character', i);
  }
  tokens.push({ t: 'eof', pos: text.length });
  return tokens;
}

function stickyMatch(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Reads `'…'` starting at the opening quote; `''` stands for one quote. */
function readQuoted(text: string, start: number, option: string): { value: string; end: number } {
  let out = '';
  let i = start + 1;
  for (;;) {
    const close = text.indexOf("'", i);
    if (close < 0) {
      throw new ODataError(
        `Syntax error in ${option} at position ${start}: unterminated string literal.`,
        option,
        start,
      );
    }
    out += text.slice(i, close);
    if (text.charAt(close + 1) === "'") {
      out += "'";
      i = close + 2;
      continue;
    }
    return { value: out, end: close + 1 };
  }
}
