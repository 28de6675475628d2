import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGING } from '../context.js';
import { oncePer } from '../memo.js';
import type { UpstreamCost } from '../schema/cost.js';

/**
 * Limits on one operation, checked at validation time so that a refused operation never reaches
 * a resolver (and so never PowerOffice, which allows 50 requests/s per integration).
 */
export interface OperationLimits {
  /**
   * Deepest field nesting (`{ a { b } }` is 2); introspection's `__schema` is not counted, and
   * neither are fragments: `{ a { ...F } } fragment F on A { b }` is 2, as written inline.
   */
  readonly maxDepth: number;
  /** Aliased fields in the operation, fragments included (`__typename` aliases are free). */
  readonly maxAliases: number;
  /** Distinct fields (response keys) selected on the root type, fragments included. */
  readonly maxRootFields: number;
  /** Largest estimated cost; see `estimateCost`. */
  readonly maxCost: number;
  /** Rows a connection returns without `first`/`last` (the schema's default page size). */
  readonly defaultPageSize: number;
  /** Largest `first`/`last` the schema accepts; larger values are counted as this many. */
  readonly maxPageSize: number;
  /** Items assumed for a plain list field (no paging arguments), such as invoice lines. */
  readonly listSize: number;
  /** Largest estimated number of PowerOffice calls; see `estimateUpstreamCalls`. */
  readonly maxUpstreamCalls: number;
  /**
   * Parent keys one batched list call carries (its URL chunk), for the estimate: about 40 URL
   * characters per key (`CustomerCode eq 10001 or `, a quoted GUID) within 2 000.
   */
  readonly keysPerCall: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxRootFields: 20,
  // The heaviest query the tests run (20 customers × 20 invoices × lines → products → groups)
  // is estimated at 16 841; 100 customers × 20 invoices × lines is 124 201.
  maxCost: 20_000,
  defaultPageSize: DEFAULT_PAGING.defaultPageSize,
  maxPageSize: DEFAULT_PAGING.maxPageSize,
  listSize: DEFAULT_PAGING.defaultPageSize,
  // 20 s of the integration's 50 calls/s (the fair limiter keeps other clients moving meanwhile).
  // The heaviest test query (20 customers × 20 invoices × lines → products → groups) is
  // estimated at 742 (400 of them invoice GETs); bench s1 (65 real calls) at 130.
  maxUpstreamCalls: 1_000,
  keysPerCall: 50,
};

/** The `extensions.code` of each refusal; stable, for clients to branch on. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  rootFields: 'TOO_MANY_ROOT_FIELDS',
  cost: 'QUERY_TOO_COSTLY',
  upstreamCalls: 'UPSTREAM_BUDGET_EXCEEDED',
} as const;

type Variables = Readonly<Record<string, unknown>>;

interface Walk {
  readonly context: ValidationContext;
  readonly limits: OperationLimits;
  readonly variables: Variables;
  readonly operation: OperationDefinitionNode;
  /** Cost of one instance of each fragment, by name and the type it is spread on. */
  readonly fragmentCost: Map<string, number>;
  /** Fragments being walked; a cycle (reported by graphql's own rule) counts as 0. */
  readonly active: Set<string>;
}

function isConnectionType(type: GraphQLNamedType): boolean {
  return isObjectType(type) && 'pageInfo' in type.getFields();
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/** The integer an argument evaluates to, or undefined when it is absent or null. */
function intArgument(walk: Walk, value: ValueNode | undefined): number | undefined {
  if (!value) return undefined;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind !== Kind.VARIABLE) return undefined;
  const name = value.name.value;
  const given = walk.variables[name];
  if (typeof given === 'number') return given;
  if (given !== undefined) return undefined;
  const definition = walk.operation.variableDefinitions?.find(
    (d) => d.variable.name.value === name,
  );
  const fallback = definition?.defaultValue;
  return fallback?.kind === Kind.INT ? Number(fallback.value) : undefined;
}

/** How many times a field's sub-selection is resolved for one instance of its parent. */
function multiplier(
  walk: Walk,
  node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
  field: GraphQLField<unknown, unknown>,
  parent: GraphQLNamedType,
): number {
  const { limits } = walk;
  const pages = field.args.some((a) => a.name === 'first' || a.name === 'last');
  if (pages && isConnectionType(getNamedType(field.type))) {
    const arg = (name: string) =>
      intArgument(walk, node.arguments?.find((a) => a.name.value === name)?.value);
    const size = arg('first') ?? arg('last') ?? limits.defaultPageSize;
    return Math.min(Math.max(size, 0), limits.maxPageSize);
  }
  // A connection's `nodes` and `edges` are the page its field already counted.
  if (isConnectionType(parent) && (field.name === 'nodes' || field.name === 'edges')) return 1;
  return isList(field.type) ? limits.listSize : 1;
}

function selectionCost(walk: Walk, set: SelectionSetNode, type: GraphQLNamedType): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      // Introspection never reaches PowerOffice.
      if (name.startsWith('__') || !selection.selectionSet) continue;
      const field =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!field) continue; // Unknown fields are graphql's own rule's to report.
      const child = selectionCost(walk, selection.selectionSet, getNamedType(field.type));
      cost += 1 + multiplier(walk, selection, field, type) * child;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition
        ? walk.context.getSchema().getType(selection.typeCondition.name.value)
        : type;
      if (on) cost += selectionCost(walk, selection.selectionSet, on);
    } else {
      cost += fragmentCost(walk, walk.context.getFragment(selection.name.value));
    }
  }
  return cost;
}

function fragmentCost(walk: Walk, fragment: FragmentDefinitionNode | null | undefined): number {
  if (!fragment) return 0;
  const name = fragment.name.value;
  const known = walk.fragmentCost.get(name);
  if (known !== undefined) return known;
  if (walk.active.has(name)) return 0;
  const on = walk.context.getSchema().getType(fragment.typeCondition.name.value);
  if (!on) return 0;
  walk.active.add(name);
  const cost = selectionCost(walk, fragment.selectionSet, on);
  walk.active.delete(name);
  walk.fragmentCost.set(name, cost);
  return cost;
}

/**
 * An upper bound on the objects an operation can resolve, which bounds the PowerOffice calls it
 * can cause: every field with a sub-selection counts 1, times how often its parent can occur. A
 * connection occurs `first` (or `last`, or the default page size) times per parent, a plain list
 * `listSize` times, anything else once; leaf fields and introspection are free.
 * `customers(first: 3) { nodes { invoices(first: 2) { nodes { lines { product { name } } } } } }`
 * costs 1 + 3 × (1 + 1 × (1 + 2 × (1 + 1 × (1 + 20 × 1)))) = 139.
 */
export function estimateCost(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  limits: OperationLimits,
  variables: Variables = {},
): number {
  const root = context.getSchema().getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = {
    context,
    limits,
    variables,
    operation,
    fragmentCost: new Map(),
    active: new Set(),
  };
  return selectionCost(walk, operation.selectionSet, root);
}

interface CallsWalk extends Walk {
  /** Refusals found on the way (an over-long `nodes(ids:)`), reported once each. */
  readonly problems: GraphQLError[];
}

/** The length of a list argument (a literal or a variable); 1 for a single value. */
function listLength(walk: Walk, value: ValueNode | undefined): number {
  if (!value) return 0;
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind === Kind.VARIABLE) {
    const given = walk.variables[value.name.value];
    if (Array.isArray(given)) return given.length;
    return given === undefined || given === null ? 0 : 1;
  }
  return value.kind === Kind.NULL ? 0 : 1;
}

function upstreamOf(field: GraphQLField<unknown, unknown>): UpstreamCost | undefined {
  return (field.extensions as { upstream?: UpstreamCost } | undefined)?.upstream;
}

/**
 * Calls of one selection set resolved for `n` parent objects. `details` collects the resources
 * whose full row some field of these objects needs: one GET per object per resource, counted by
 * the caller that owns the set (fragments share their parent's).
 */
function selectionCalls(
  walk: CallsWalk,
  set: SelectionSetNode,
  type: GraphQLNamedType,
  n: number,
  details: Set<string>,
): number {
  let calls = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field =
        isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!field) continue;
      const cost = upstreamOf(field);
      let children = n * multiplier(walk, selection, field, type);
      if (cost) {
        if (cost.calls === 'perId') {
          const ids = listLength(
            walk,
            selection.arguments?.find((a) => a.name.value === cost.arg)?.value,
          );
          if (ids > cost.max) {
            walk.problems.push(
              new GraphQLError(
                `\`${name}\` takes at most ${cost.max} ${cost.arg}; ${ids} given. Split the ` +
                  'list over several operations.',
                { extensions: { code: 'BAD_USER_INPUT', argument: cost.arg, max: cost.max } },
              ),
            );
          }
          calls += n * ids;
          children = n * ids;
        } else if (cost.calls === 'list') {
          calls += n;
        } else if (cost.calls === 'batched' || cost.calls === 'relation') {
          calls += Math.ceil(n / walk.limits.keysPerCall);
          if (cost.calls === 'relation') calls += n;
        }
        if ('detail' in cost && cost.detail) details.add(cost.detail);
      }
      if (selection.selectionSet) {
        const own = new Set<string>();
        calls += selectionCalls(
          walk,
          selection.selectionSet,
          getNamedType(field.type),
          children,
          own,
        );
        calls += own.size * children;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition
        ? walk.context.getSchema().getType(selection.typeCondition.name.value)
        : type;
      if (on) calls += selectionCalls(walk, selection.selectionSet, on, n, details);
    } else {
      const name = selection.name.value;
      const fragment = walk.context.getFragment(name);
      if (!fragment || walk.active.has(name)) continue;
      const on = walk.context.getSchema().getType(fragment.typeCondition.name.value);
      if (!on) continue;
      walk.active.add(name);
      calls += selectionCalls(walk, fragment.selectionSet, on, n, details);
      walk.active.delete(name);
    }
  }
  return calls;
}

/**
 * An upper bound on the PowerOffice calls an operation can cause, from the `upstream` cost each
 * field declares (`schema/cost.ts`): a root list or lookup 1, a batched level
 * `ceil(parents / keysPerCall)`, a relation page that plus one per parent, a detail-only field one
 * GET per object (shared by the object's detail fields), `nodes(ids:)` one per id. Parents are
 * counted as in `estimateCost` (`first`, or the default page size, per connection). Caches and
 * in-flight sharing can only lower the real figure. `problems` receives the refusals of list
 * arguments longer than their field allows.
 */
export function estimateUpstreamCalls(
  context: ValidationContext,
  operation: OperationDefinitionNode,
  limits: OperationLimits,
  variables: Variables = {},
  problems: GraphQLError[] = [],
): number {
  const root = context.getSchema().getRootType(operation.operation);
  if (!root) return 0;
  const walk: CallsWalk = {
    context,
    limits,
    variables,
    operation,
    fragmentCost: new Map(),
    active: new Set(),
    problems,
  };
  const details = new Set<string>();
  return selectionCalls(walk, operation.selectionSet, root, 1, details) + details.size;
}

/** Response keys on the root type, through fragments; repeats of one key merge into one. */
function rootKeys(
  context: ValidationContext,
  set: SelectionSetNode,
  keys: Set<string>,
  seen: Set<string>,
): Set<string> {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename')
        keys.add((selection.alias ?? selection.name).value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootKeys(context, selection.selectionSet, keys, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) rootKeys(context, fragment.selectionSet, keys, seen);
    }
  }
  return keys;
}

function refusal(code: string, message: string, limit: number, found: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, limit, found } });
}

/**
 * The upstream-call estimate validation found for each operation, by its page sizes (`costKey`):
 * what `estimatedUpstreamCalls` answers. Held per parsed operation, as long as Yoga keeps it.
 */
const callEstimates = new WeakMap<OperationDefinitionNode, Map<string, number>>();

/** Page-size keys kept per operation: a client sweeping `first` cannot grow one without bound. */
const MAX_ESTIMATES = 64;

/**
 * The PowerOffice calls validation estimated for `operation` with the page sizes `key`
 * (`costKey`), when the operation passed it; undefined if it was not validated with them.
 */
export function estimatedUpstreamCalls(
  operation: OperationDefinitionNode,
  key: string,
): number | undefined {
  return callEstimates.get(operation)?.get(key);
}

/**
 * A validation rule for the cost estimate and the root-field count of every operation. An
 * estimate of upstream calls that passes is kept under `key` (the variables' `costKey`) for
 * `estimatedUpstreamCalls`.
 */
export function costAndBreadthRule(
  limits: OperationLimits,
  variables: Variables,
  key: string,
): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const roots = rootKeys(context, operation.selectionSet, new Set(), new Set()).size;
      if (roots > limits.maxRootFields) {
        context.reportError(
          refusal(
            LIMIT_CODES.rootFields,
            `The operation selects ${roots} root fields; at most ${limits.maxRootFields} are ` +
              'allowed. Split it into several operations.',
            limits.maxRootFields,
            roots,
          ),
        );
      }
      const cost = estimateCost(context, operation, limits, variables);
      if (cost > limits.maxCost) {
        context.reportError(
          refusal(
            LIMIT_CODES.cost,
            `The operation could resolve up to ${cost} objects; at most ${limits.maxCost} are ` +
              'allowed. Ask for smaller pages (`first`) or fewer nested lists.',
            limits.maxCost,
            cost,
          ),
        );
      }
      const problems: GraphQLError[] = [];
      const calls = estimateUpstreamCalls(context, operation, limits, variables, problems);
      for (const problem of problems) context.reportError(problem);
      if (problems.length === 0 && calls <= limits.maxUpstreamCalls) {
        const known = callEstimates.get(operation) ?? new Map<string, number>();
        callEstimates.set(operation, known);
        if (known.size < MAX_ESTIMATES) known.set(key, calls);
      }
      if (problems.length === 0 && calls > limits.maxUpstreamCalls) {
        context.reportError(
          new GraphQLError(
            `The operation could cause up to ${calls} PowerOffice calls; at most ` +
              `${limits.maxUpstreamCalls} are allowed per operation (PowerOffice allows 50 per ` +
              'second for every client together). Ask for smaller pages, fewer ids, fewer ' +
              'aliases or fewer detail fields (such as invoice `lines`), or split the operation.',
            {
              extensions: {
                code: LIMIT_CODES.upstreamCalls,
                limit: limits.maxUpstreamCalls,
                found: calls,
                estimate: calls,
              },
            },
          ),
        );
      }
    },
  });
}

/** Arguments the estimates read: page sizes and the ids of `nodes`. */
const ESTIMATE_ARGS: ReadonlySet<string> = new Set(['first', 'last', 'ids']);

/** Variables used as `first`/`last`/`ids`, per parsed document (Yoga reuses parsed documents). */
const pagingVariables = oncePer((document: DocumentNode): readonly string[] => {
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      const arg = node.name.value;
      if (ESTIMATE_ARGS.has(arg) && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  return [...names].sort();
});

/**
 * The values of the variables the cost estimate reads: the cache key of its verdict (here, and
 * in the server's fast path, which replays the verdicts Yoga reached).
 */
export function costKey(document: DocumentNode, variables: Variables): string {
  return pagingVariables(document)
    .map((name) => {
      const value = variables[name];
      if (Array.isArray(value)) return `${name}=[${value.length}]`;
      return `${name}=${typeof value === 'number' ? value : '-'}`;
    })
    .join(',');
}

/**
 * Refuses, as GraphQL validation errors with a stable `extensions.code` (`LIMIT_CODES`) plus
 * `limit` and `found`, operations that are too deep (graphql-armor's max-depth), carry too many
 * aliases (graphql-armor's max-aliases), select too many root fields or cost too much (ours:
 * armor's cost limit cannot multiply by `first`). The cost depends on the request's variables,
 * while Yoga caches validation results by document and by the rules' names; the cost rule's name
 * therefore carries the values of the variables used as `first`/`last`, so a cached verdict is
 * reused only for the same page sizes (and other variables leave the cache alone).
 */
export function useOperationLimits(overrides: Partial<OperationLimits> = {}): Plugin {
  const limits: OperationLimits = { ...DEFAULT_LIMITS, ...overrides };
  const report =
    (code: string, limit: number, what: string) =>
    (context: ValidationContext | null, error: GraphQLError) => {
      // Armor's message is "Syntax Error: … found N."; ours keeps only the number.
      const found = Number(/found (\d+)/.exec(error.message)?.[1]);
      context?.reportError(
        refusal(code, `The operation ${what} ${found}; at most ${limit} allowed.`, limit, found),
      );
    };
  const depthRule = maxDepthRule({
    n: limits.maxDepth,
    // Count field selections only: a spread (named or inline) adds no level to the response, and
    // colocated fragments (the Relay/Apollo norm) would otherwise add one per component.
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: [report(LIMIT_CODES.depth, limits.maxDepth, 'nests fields to depth')],
  });
  const aliasesRule = maxAliasesRule({
    n: limits.maxAliases,
    propagateOnRejection: false,
    onReject: [report(LIMIT_CODES.aliases, limits.maxAliases, 'uses aliases:')],
  });
  return {
    onValidate({ addValidationRule, context, params }) {
      addValidationRule(depthRule);
      addValidationRule(aliasesRule);
      // Yoga's context carries the request's GraphQL parameters, variables included.
      const given = (context as { params?: { variables?: unknown } }).params?.variables;
      const variables = given !== null && typeof given === 'object' ? (given as Variables) : {};
      const key = costKey(params.documentAST, variables);
      const rule = costAndBreadthRule(limits, variables, key);
      Object.defineProperty(rule, 'name', { value: `poweroffice-cost:${key}` });
      addValidationRule(rule);
    },
  };
}
