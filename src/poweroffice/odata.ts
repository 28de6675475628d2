/**
 * The typed OData filter AST shared by the GraphQL `where` compiler, the client's `$filter`
 * builder and the in-memory evaluator used by property tests.
 *
 * Field references are camelCase JSON paths (`name`, `mailAddress.city`) and are translated to
 * PowerOffice property names only through the resource's field registry.
 */
export type Literal = string | number | boolean | null | Date;

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type StringFunctionOp = 'startswith' | 'endswith' | 'contains';

export type FilterNode =
  | { readonly op: 'and' | 'or'; readonly args: readonly FilterNode[] }
  | { readonly op: 'not'; readonly arg: FilterNode }
  | {
      readonly op: ComparisonOp;
      readonly field: string;
      readonly value: Literal;
      /** Compare `tolower(Field)` with the lower-cased value (strings only). */
      readonly caseInsensitive?: boolean;
    }
  | {
      readonly op: 'in';
      readonly field: string;
      readonly values: readonly Literal[];
      readonly caseInsensitive?: boolean;
    }
  | {
      readonly op: StringFunctionOp;
      readonly field: string;
      readonly value: string;
      readonly caseInsensitive?: boolean;
    };

export interface OrderBy {
  readonly field: string;
  readonly direction: 'asc' | 'desc';
}

/** One list request: filter, order and paging. */
export interface ListQuery {
  readonly filter?: FilterNode;
  readonly orderBy?: readonly OrderBy[];
  readonly top?: number;
  readonly skip?: number;
}
