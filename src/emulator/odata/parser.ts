import type { ComparisonOp, Expr, FunctionName, LiteralValue, OrderKey } from './ast.js';
import { ODataError, quoteName } from './error.js';
import { type Token, tokenize } from './lexer.js';

/** Deepest nesting of parentheses, `not`s and calls we accept; keeps recursion bounded. */
export const MAX_DEPTH = 64;

const COMPARISONS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const FUNCTIONS: Readonly<Record<FunctionName, number>> = {
  startswith: 2,
  endswith: 2,
  contains: 2,
  tolower: 1,
  toupper: 1,
};
/** OData operators and functions we recognise but the emulator does not implement. */
const UNSUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  'add',
  'sub',
  'mul',
  'div',
  'divby',
  'mod',
  'has',
]);

/**
 * Precedence, after Microsoft's OData URI parser: `or` < `and` < comparisons (`eq ne gt ge lt
 * le in`, left-associative) < unary `not` < primary. So `not` binds to its operand only:
 * `not startswith(Name,'A')` and `not (A eq 1)` are fine, `not Name eq 'x'` negates `Name`.
 */
class Parser {
  private i = 0;
  private depth = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly option: string,
  ) {}

  private peek(): Token {
    return this.tokens[this.i] as Token;
  }
  private next(): Token {
    const t = this.tokens[this.i] as Token;
    if (t.t !== 'eof') this.i++;
    return t;
  }
  private isKeyword(word: string): boolean {
    const t = this.peek();
    return t.t === 'ident' && t.v === word;
  }
  fail(msg: string, pos = this.peek().pos): never {
    throw new ODataError(
      `Syntax error in ${this.option} at position ${pos}: ${msg}.`,
      this.option,
      pos,
    );
  }
  private expect(kind: '(' | ')' | ',', what = `'${kind}'`): void {
    const t = this.next();
    if (t.t !== kind) this.fail(`expected ${what}`, t.pos);
  }
  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`expression nested deeper than ${MAX_DEPTH} levels`);
  }
  private leave(): void {
    this.depth--;
  }

  atEnd(): boolean {
    return this.peek().t === 'eof';
  }
  expectEnd(): void {
    if (!this.atEnd()) this.fail('unexpected text after the end of the expression');
  }
  at(kind: Token['t']): boolean {
    return this.peek().t === kind;
  }
  skip(): void {
    this.next();
  }
  takeKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.i++;
    return true;
  }
  peekIdent(): string | null {
    const t = this.peek();
    return t.t === 'ident' ? t.v : null;
  }

  parseOr(): Expr {
    let left = this.parseAnd();
    while (this.takeKeyword('or')) left = { kind: 'or', left, right: this.parseAnd() };
    return left;
  }

  private parseAnd(): Expr {
    let left = this.parseComparison();
    while (this.takeKeyword('and')) left = { kind: 'and', left, right: this.parseComparison() };
    return left;
  }

  private parseComparison(): Expr {
    let left = this.parseUnary();
    for (;;) {
      const word = this.peekIdent();
      if (word !== null && COMPARISONS.has(word)) {
        this.i++;
        left = { kind: 'compare', op: word as ComparisonOp, left, right: this.parseUnary() };
      } else if (word === 'in') {
        this.i++;
        left = { kind: 'in', left, items: this.parseList() };
      } else if (word !== null && UNSUPPORTED_OPERATORS.has(word)) {
        this.fail(`the operator '${word}' is not supported`);
      } else {
        return left;
      }
    }
  }

  private parseList(): Expr[] {
    const open = this.peek().pos;
    this.expect('(', "'(' after 'in'");
    const items: Expr[] = [];
    if (this.at(')')) this.fail("the list after 'in' is empty", open);
    for (;;) {
      const t = this.next();
      const lit = literalOf(t);
      if (lit === null) this.fail("the list after 'in' may hold only literals", t.pos);
      items.push({ kind: 'literal', value: lit });
      if (this.at(')')) break;
      this.expect(',', "',' or ')'");
    }
    this.skip();
    return items;
  }

  private parseUnary(): Expr {
    if (this.isKeyword('not')) {
      this.i++;
      this.enter();
      const arg = this.parseUnary();
      this.leave();
      return { kind: 'not', arg };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Expr {
    const t = this.next();
    if (t.t === '(') {
      this.enter();
      const inner = this.parseOr();
      this.expect(')', "')'");
      this.leave();
      return inner;
    }
    const lit = literalOf(t);
    if (lit !== null) return { kind: 'literal', value: lit };
    if (t.t !== 'ident') {
      this.fail(t.t === 'eof' ? 'the expression ends too early' : `unexpected '${t.t}'`, t.pos);
    }
    if (this.at('(')) return this.parseCall(t.v, t.pos);
    if (COMPARISONS.has(t.v) || t.v === 'and' || t.v === 'or' || t.v === 'in') {
      this.fail(`'${t.v}' needs an operand on its left`, t.pos);
    }
    const path = [t.v];
    while (this.at('/')) {
      this.skip();
      const seg = this.next();
      if (seg.t !== 'ident') this.fail("expected a property name after '/'", seg.pos);
      path.push(seg.v);
    }
    return { kind: 'property', path };
  }

  private parseCall(name: string, pos: number): Expr {
    if (!Object.hasOwn(FUNCTIONS, name)) {
      this.fail(`unknown function ${quoteName(name)}`, pos);
    }
    const fn = name as FunctionName;
    this.skip();
    this.enter();
    const args: Expr[] = [];
    if (!this.at(')')) {
      for (;;) {
        args.push(this.parseOr());
        if (this.at(')')) break;
        this.expect(',', "',' or ')'");
      }
    }
    this.skip();
    this.leave();
    if (args.length !== FUNCTIONS[fn]) {
      this.fail(`${fn} takes ${FUNCTIONS[fn]} argument(s), got ${args.length}`, pos);
    }
    return { kind: 'call', name: fn, args };
  }
}

function literalOf(t: Token): LiteralValue | null {
  switch (t.t) {
    case 'string':
      return { type: 'string', value: t.v };
    case 'number':
      return { type: 'number', value: t.v, integer: t.integer };
    case 'guid':
      return { type: 'guid', value: t.v };
    case 'datetime':
      return { type: 'datetime', value: t.v };
    case 'ident':
      // Keywords are lower-case only, as in OData.
      if (t.v === 'null') return { type: 'null' };
      if (t.v === 'true' || t.v === 'false') return { type: 'bool', value: t.v === 'true' };
      return null;
    default:
      return null;
  }
}

/** Parses a `$filter` value into a syntax tree; throws ODataError on any malformed input. */
export function parseFilter(text: string, option = '$filter'): Expr {
  const p = new Parser(tokenize(text, option), option);
  if (p.atEnd()) p.fail('the expression is empty');
  const expr = p.parseOr();
  p.expectEnd();
  return expr;
}

/**
 * Parses a `$orderby` value: comma-separated expressions, each optionally followed by `asc` or
 * `desc` (lower-case, as the reference requires; the space-separated multi-key form of OData 3
 * is rejected like the new backend does).
 */
export function parseOrderBy(text: string, option = '$orderby'): OrderKey[] {
  const p = new Parser(tokenize(text, option), option);
  if (p.atEnd()) p.fail('the expression is empty');
  const keys: OrderKey[] = [];
  for (;;) {
    const expr = p.parseOr();
    let descending = false;
    if (p.takeKeyword('desc')) descending = true;
    else p.takeKeyword('asc');
    keys.push({ expr, descending });
    if (p.atEnd()) return keys;
    const word = p.peekIdent();
    if (word !== null && /^(asc|desc)$/i.test(word))
      p.fail("sort direction must be lower-case 'asc' or 'desc'");
    if (!p.at(',')) p.fail("expected ',' between sort keys");
    p.skip();
  }
}
