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
};

/** The `extensions.code` of each refusal; stable, for clients to branch on. */
export const LIMIT_CODES = {
  depth: 'QUERY_TOO_DEEP',
  aliases: 'TOO_MANY_ALIASES',
  rootFields: 'TOO_MANY_ROOT_FIELDS',
  cost: 'QUERY_TOO_COSTLY',
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

/** A validation rule for the cost estimate and the root-field count of every operation. */
export function costAndBreadthRule(limits: OperationLimits, variables: Variables): ValidationRule {
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
    },
  });
}

/** Variables used as `first`/`last`, per parsed document (Yoga reuses parsed documents). */
const pagingVariablesByDocument = new WeakMap<DocumentNode, readonly string[]>();

function pagingVariables(document: DocumentNode): readonly string[] {
  const known = pagingVariablesByDocument.get(document);
  if (known) return known;
  const names = new Set<string>();
  visit(document, {
    Argument(node) {
      const arg = node.name.value;
      if ((arg === 'first' || arg === 'last') && node.value.kind === Kind.VARIABLE) {
        names.add(node.value.name.value);
      }
    },
  });
  const sorted = [...names].sort();
  pagingVariablesByDocument.set(document, sorted);
  return sorted;
}

/** The values of the variables the cost estimate reads: the cache key of its verdict. */
function costKey(document: DocumentNode, variables: Variables): string {
  return pagingVariables(document)
    .map((name) => {
      const value = variables[name];
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
      const rule = costAndBreadthRule(limits, variables);
      Object.defineProperty(rule, 'name', {
        value: `poweroffice-cost:${costKey(params.documentAST, variables)}`,
      });
      addValidationRule(rule);
    },
  };
}
