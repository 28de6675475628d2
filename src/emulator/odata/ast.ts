/**
 * The syntax tree of one `$filter` or `$orderby` expression, before it is checked against a
 * resource's fields. Property paths hold PowerOffice's (PascalCase) OData names as written.
 */
export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type BooleanFunction = 'startswith' | 'endswith' | 'contains';
export type StringFunction = 'tolower' | 'toupper';
export type FunctionName = BooleanFunction | StringFunction;

export type LiteralValue =
  | { readonly type: 'null' }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'number'; readonly value: number; readonly integer: boolean }
  | { readonly type: 'string'; readonly value: string }
  /** Lower-cased canonical text. */
  | { readonly type: 'guid'; readonly value: string }
  /** Milliseconds since the epoch; a literal without offset was read as UTC. */
  | { readonly type: 'datetime'; readonly value: number };

export type Expr =
  | { readonly kind: 'literal'; readonly value: LiteralValue }
  | { readonly kind: 'property'; readonly path: readonly string[] }
  | { readonly kind: 'call'; readonly name: FunctionName; readonly args: readonly Expr[] }
  | {
      readonly kind: 'compare';
      readonly op: ComparisonOp;
      readonly left: Expr;
      readonly right: Expr;
    }
  | { readonly kind: 'in'; readonly left: Expr; readonly items: readonly Expr[] }
  | { readonly kind: 'and' | 'or'; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly arg: Expr };

export interface OrderKey {
  readonly expr: Expr;
  readonly descending: boolean;
}
