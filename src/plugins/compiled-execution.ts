import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLInputObjectType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isInputObjectType,
  type OperationDefinitionNode,
  type Source,
  type SourceLocation,
  typeFromAST,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { mapMaybePromise, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

export interface CompiledExecutionOptions {
  /**
   * Runs on the ordinary executor before a query is compiled; default 1, so a query is compiled
   * on its second run and a document sent once costs no compilation.
   */
  readonly compileAfter?: number;
  /** Documents whose state is kept, least recently used dropped first; default 200. */
  readonly maxDocuments?: number;
  /** Told when a query has been compiled (with the operation's name, `''` if it has none). */
  readonly onCompiled?: (operationName: string) => void;
  /** Told when a query cannot be compiled; it keeps running on the ordinary executor. */
  readonly onCompileFailure?: (operationName: string, message: string) => void;
  /**
   * Told when a compiled query failed in graphql-jit's own code (a bug there, not a resolver's
   * error): the executor answered that request, and the operation stays on it from then on.
   */
  readonly onCompiledFailure?: (operationName: string, message: string) => void;
}

/** A compiled operation, with what its runs need and made once. */
export interface Compiled {
  readonly query: CompiledQuery;
  /** The operation's name, `''` if it has none (for the failure callback). */
  readonly name: string;
  /** The document's text, to find an error's positions again (`asExecutorError`). */
  readonly source: Source | undefined;
  /** Puts the operation back on the executor for good (graphql-jit failed it). */
  readonly drop: () => void;
}

/**
 * An operation's state: its runs on the ordinary executor so far, its compiled form, or `false`
 * when it is not compiled (not a query, or graphql-jit refused or failed it).
 */
type OperationState = number | Compiled | false;

/** The offset in `source` of a line and column (both from 1), as graphql's `getLocation` counts. */
function positionOf(source: Source, { line, column }: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let l = 1; l < line; l += 1) {
    const found = lineBreak.exec(source.body);
    if (!found) break;
    start = found.index + found[0].length;
  }
  return start + column - 1;
}

type Jit = typeof import('graphql-jit');
/** The execute function Yoga hands a plugin, and takes back. */
type ExecuteFunction = Parameters<NonNullable<Plugin['onExecute']>>[0]['executeFn'];

/**
 * graphql-jit, loaded when the first query is compiled: a server that never compiles one (or
 * runs with it off) does not hold its code (the bundle puts it in a chunk of its own). `jit` is
 * set once the load is done, so later compilations need no promise.
 */
let jit: Jit | undefined;
let loadingJit: Promise<Jit> | undefined;

/** Input types known to reach themselves through their fields, or known not to. */
const recursive = new WeakMap<GraphQLInputObjectType, boolean>();

/** Whether `type` reaches an input type that reaches itself (`CustomerWhere` through `AND`). */
function reachesRecursion(type: GraphQLInputObjectType): boolean {
  // Depth first: a field leading back to a type on the current path closes a cycle.
  const onPath = new Set<GraphQLInputObjectType>();
  const visit = (t: GraphQLInputObjectType): boolean => {
    const done = recursive.get(t);
    if (done !== undefined) return done;
    if (onPath.has(t)) return true;
    onPath.add(t);
    let found = false;
    for (const field of Object.values(t.getFields())) {
      const inner = getNamedType(field.type);
      if (isInputObjectType(inner) && visit(inner)) {
        found = true;
        break;
      }
    }
    onPath.delete(t);
    recursive.set(t, found);
    return found;
  };
  return visit(type);
}

/** The name of a variable's input type that reaches itself, if any. */
function recursiveVariable(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
): string | undefined {
  for (const definition of operation.variableDefinitions ?? []) {
    const named = getNamedType(typeFromAST(schema, definition.type));
    if (isInputObjectType(named) && reachesRecursion(named)) return named.name;
  }
  return undefined;
}

/**
 * graphql-jit's error as the executor would have raised it. Its own errors carry `locations`
 * but neither AST nodes nor positions, and Yoga rebuilds every error from those when it writes
 * the answer, so the locations would be lost; the positions are found again from the document.
 */
function asExecutorError(error: GraphQLError, source: Source | undefined): GraphQLError {
  return new GraphQLError(error.message, {
    ...(source && error.locations
      ? { source, positions: error.locations.map((l) => positionOf(source, l)) }
      : {}),
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    ...(error.extensions ? { extensions: error.extensions } : {}),
  });
}

/** Compiled execution: its Yoga plugin, and its compiled forms for the server's fast path. */
export interface CompiledExecution {
  readonly plugin: Plugin;
  /** The compiled form of a document's operation, when it has one (never before its plugin run). */
  compiledFor(document: DocumentNode, operationName: string | undefined): Compiled | undefined;
  /**
   * Runs a compiled operation. Undefined when the executor must answer instead: the variables
   * did not coerce (nothing ran), or graphql-jit failed in its own code (the operation is back
   * on the executor for good). Errors come rebuilt as the executor's.
   */
  run(
    compiled: Compiled,
    contextValue: unknown,
    variables: Readonly<Record<string, unknown>> | undefined,
  ): ExecutionResult | undefined | Promise<ExecutionResult | undefined>;
}

/**
 * Runs hot queries compiled by graphql-jit instead of on Yoga's executor (issue 15: an s1
 * operation resolves about 600 fields, and the compiled form saves about a quarter of its CPU;
 * bench/analysis.md). What stays on the ordinary executor:
 * - mutations and subscriptions: a write's path does not get a second engine;
 * - a query with a variable of a recursive input type such as `CustomerWhere`: graphql-jit
 *   unrolls its coercion until the stack overflows, which blocked the event loop for seconds;
 * - any other query graphql-jit refuses;
 * - a document's first `compileAfter` runs: a one-off document is not worth compiling;
 * - an operation whose compiled form threw or rejected (`run`), from then on;
 * - a run whose variables do not coerce. graphql-jit answers those with its own, vaguer words
 *   ("Expected type Long." for our scalar's reason) and without locations; nothing has run
 *   yet, so the executor answers instead, in its words.
 *
 * The compiled form gets the same context, so loaders, the tracker and the abort signal work as
 * before, and its errors are rebuilt as the executor's (`asExecutorError`). States are keyed by
 * the parsed document, which Yoga's parse cache hands out once per document text; a document it
 * drops is compiled again if it returns. The compiled forms are open to the server's fast path
 * (`compiledFor`, `run`).
 */
export function createCompiledExecution(options: CompiledExecutionOptions = {}): CompiledExecution {
  const compileAfter = options.compileAfter ?? 1;
  const documents = new LRUCache<DocumentNode, Map<string, OperationState>>({
    max: options.maxDocuments ?? 200,
  });

  /** The states of a document's operations, by operation name (`''` for an anonymous one). */
  function operationsOf(document: DocumentNode): Map<string, OperationState> {
    let operations = documents.get(document);
    if (operations === undefined) {
      operations = new Map();
      documents.set(document, operations);
    }
    return operations;
  }

  function compile(
    { compileQuery, isCompiledQuery }: Jit,
    schema: GraphQLSchema,
    document: DocumentNode,
    operationName: string | undefined,
    drop: () => void,
  ): Compiled | false {
    const operation = getOperationAST(document, operationName);
    if (operation?.operation !== 'query') return false;
    const name = operation.name?.value ?? '';
    const recursiveType = recursiveVariable(schema, operation);
    if (recursiveType !== undefined) {
      options.onCompileFailure?.(name, `variable of recursive input type ${recursiveType}`);
      return false;
    }
    let failure: string;
    try {
      const compiled = compileQuery(schema, document, operationName);
      if (isCompiledQuery(compiled)) {
        options.onCompiled?.(name);
        return { query: compiled, name, source: document.loc?.source, drop };
      }
      failure = compiled.errors?.map((e) => e.message).join('; ') || 'not compiled';
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    options.onCompileFailure?.(name, failure);
    return false;
  }

  /**
   * Runs the compiled form; undefined for what the executor must answer. A throw or a
   * rejection is graphql-jit's own failure, not a resolver's (those become field errors, sync or
   * async, nullable or not): for one, a default resolver's property read that throws escapes the
   * compiled code. The executor answers that request (a query only reads), and the operation
   * goes back to it for good (`drop`). The same read after an asynchronous
   * resolver is not caught: graphql-jit 0.8.9 leaves its promise unsettled and the error
   * unhandled. Our parents are parsed JSON, whose property reads cannot throw; their only
   * getters are the lazy cursors of `src/schema/connection.ts`, which JSON-encode values of the
   * row and cannot throw either.
   */
  const run: CompiledExecution['run'] = (compiled, contextValue, variables) => {
    const fallBack = (error: unknown) => {
      compiled.drop();
      const message = error instanceof Error ? error.message : String(error);
      options.onCompiledFailure?.(compiled.name, message);
      return undefined;
    };
    let pending: ReturnType<CompiledQuery['query']>;
    try {
      pending = compiled.query.query(undefined, contextValue, variables ?? {});
    } catch (error) {
      return fallBack(error);
    }
    return mapMaybePromise(
      pending,
      (result: ExecutionResult) => {
        // Without `data` it is a request error: the variables did not coerce.
        if (!('data' in result)) return undefined;
        if (!result.errors?.length) return result;
        const { errors, data, ...rest } = result;
        // `errors` first, as the executor writes it (and the spec suggests).
        const rebuilt = errors.map((e) => asExecutorError(e, compiled.source));
        return { errors: rebuilt, data, ...rest };
      },
      fallBack,
    );
  };

  /** Yoga's execute function for a compiled operation: the executor answers what it cannot. */
  const executeCompiled =
    (compiled: Compiled, executeFn: ExecuteFunction): ExecuteFunction =>
    (args) =>
      mapMaybePromise(
        run(compiled, args.contextValue, args.variableValues ?? undefined),
        (result) => result ?? executeFn(args),
      );

  const plugin: Plugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operations = operationsOf(args.document);
      const name = args.operationName ?? undefined;
      const key = name ?? '';
      const state = operations.get(key) ?? 0;
      if (typeof state === 'object') {
        setExecuteFn(executeCompiled(state, executeFn));
        return;
      }
      if (state === false) return;
      if (state < compileAfter) {
        operations.set(key, state + 1);
        return;
      }
      // The operation's run that compiles it (after loading graphql-jit, the first time).
      const decide = (loaded: Jit) => {
        const compiled = compile(loaded, args.schema, args.document, name, () =>
          operations.set(key, false),
        );
        operations.set(key, compiled);
        if (compiled) setExecuteFn(executeCompiled(compiled, executeFn));
      };
      if (jit) return decide(jit);
      loadingJit ??= import('graphql-jit').then((loaded) => (jit = loaded));
      return loadingJit.then(decide);
    },
  };

  return {
    plugin,
    compiledFor(document, operationName) {
      const state = documents.get(document)?.get(operationName ?? '');
      return typeof state === 'object' ? state : undefined;
    },
    run,
  };
}
