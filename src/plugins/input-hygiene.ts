import {
  type ExecutionResult,
  type FloatValueNode,
  GraphQLError,
  type IntValueNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The code every refusal of the client's input carries (the schema's `badInput` uses it too). */
export const BAD_USER_INPUT = 'BAD_USER_INPUT';

/**
 * Deepest bracket nesting (`{`, `[`, `(`) in a query's text, and deepest object/array nesting in
 * its variables. graphql's parser and its variable coercion recurse once per level and overflow
 * the stack near 1 000 levels (a 500, or "Maximum call stack size exceeded" as the answer); a
 * real operation stays far below: the field depth limit is 12 and `where` nests at most 10.
 */
export const MAX_NESTING = 64;

/** The deepest `{`/`[`/`(` nesting of GraphQL source text, ignoring strings and comments. */
export function sourceNesting(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        // Block string: ends at the next unescaped `"""`.
        i += 3;
        while (i < source.length && !source.startsWith('"""', i)) {
          i += source.startsWith('\\"""', i) ? 4 : 1;
        }
        i += 2;
      } else {
        i += 1;
        while (i < source.length && source[i] !== '"' && source[i] !== '\n') {
          i += source[i] === '\\' ? 2 : 1;
        }
      }
    } else if (c === '{' || c === '[' || c === '(') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth -= 1;
    }
  }
  return deepest;
}

/** A lone surrogate: in `u` mode a surrogate pair reads as one code point, a lone half as `Cs`. */
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/** What one walk over a JSON value finds (`inspectValue`). */
export interface ValueShape {
  /** The deepest object/array nesting, or the first depth past `MAX_NESTING` (the walk stops). */
  readonly depth: number;
  /**
   * Whether a string is not well-formed UTF-16: an unpaired surrogate, which JSON carries as
   * `"\ud800"`. No such text can be percent-encoded into an OData filter or a path
   * (`encodeURIComponent` throws: an "Unexpected error." after the resolver had started) or
   * stored upstream as text, so it is refused as the client's input. Unknown (false) when the
   * walk stopped at the nesting limit.
   */
  readonly unpairedSurrogate: boolean;
}

/**
 * The nesting and the strings of a request's variables in one walk, without recursion: both
 * checks run on every request, the fast path's included. It stops once past `MAX_NESTING`, so a
 * hostile value costs at most that many levels.
 */
export function inspectValue(value: unknown): ValueShape {
  let deepest = 0;
  let unpairedSurrogate = false;
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [current, depth] = item;
    if (typeof current === 'string') {
      if (!unpairedSurrogate && UNPAIRED_SURROGATE.test(current)) unpairedSurrogate = true;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > deepest) deepest = depth + 1;
    if (deepest > MAX_NESTING) return { depth: deepest, unpairedSurrogate: false };
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return { depth: deepest, unpairedSurrogate };
}

/** The refusal of variables holding an unpaired surrogate (`inspectValue`). */
export function unpairedSurrogateError(): GraphQLError {
  return new GraphQLError(
    'A string in the variables is not valid Unicode: it holds half of a surrogate pair ' +
      '(such as \\ud800) without the other half.',
    { extensions: { code: BAD_USER_INPUT, http: { status: 400 } } },
  );
}

/**
 * Refuses a number literal that is not finite. graphql's `Float` reads `1e309` as `Infinity`
 * and lets it through (only its variable coercion checks `isFinite`); PowerOffice cannot receive
 * it (JSON has no Infinity, OData has no such literal), so it is refused at validation, before
 * any resolver, wherever it is written: arguments, input objects, lists, variable defaults.
 */
export const finiteNumberLiteralsRule: ValidationRule = (context: ValidationContext) => {
  const check = (node: IntValueNode | FloatValueNode) => {
    if (Number.isFinite(Number(node.value))) return;
    const shown = node.value.length > 24 ? `${node.value.slice(0, 21)}...` : node.value;
    context.reportError(
      new GraphQLError(`${shown} is too large: numbers must be finite (within ±1.8e308).`, {
        nodes: node,
        extensions: { code: BAD_USER_INPUT },
      }),
    );
  };
  return { IntValue: check, FloatValue: check };
};

/** The same error with `extensions.code` set, unless it has a code already. */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions: { ...error.extensions, code },
  });
}

/**
 * Client-input hygiene for every operation: the query text and the variables nest at most
 * `MAX_NESTING` levels (checked before parsing), the variables' strings are well-formed
 * (`inspectValue`), number literals must be finite
 * (`finiteNumberLiteralsRule`), and an execution that stops before running anything (graphql
 * returns errors without `data` only when the variables do not coerce, e.g. `Infinity` for a
 * `Float`, or the operation cannot be chosen) answers `BAD_USER_INPUT` like the schema's own
 * checks, instead of an error with no code.
 */
export function useInputHygiene(): Plugin {
  return {
    onParams({ params }) {
      const query = typeof params.query === 'string' ? sourceNesting(params.query) : 0;
      const variables = inspectValue(params.variables);
      if (query > MAX_NESTING || variables.depth > MAX_NESTING) {
        throw new GraphQLError(
          `The ${query > MAX_NESTING ? 'query nests' : 'variables nest'} deeper than ${MAX_NESTING} ` +
            'levels; no operation of this API needs that many.',
          { extensions: { code: BAD_USER_INPUT, limit: MAX_NESTING, http: { status: 400 } } },
        );
      }
      if (variables.unpairedSurrogate) throw unpairedSurrogateError();
    },
    onValidate({ addValidationRule }) {
      addValidationRule(finiteNumberLiteralsRule);
    },
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          const single = result as ExecutionResult;
          if (single.data !== undefined || !single.errors?.length) return;
          setResult({ ...single, errors: single.errors.map((e) => withCode(e, BAD_USER_INPUT)) });
        },
      };
    },
  };
}
