import { type FieldMap, type FieldSpec, odataName } from '../poweroffice/resources/fields.js';
import { type Expr, parseFilter } from './odata/index.js';

/**
 * Index pre-selection for list filters. When a `$filter` can only match rows whose key field
 * equals one of a few literals — `CustomerCode eq 1`, `Code eq 'A' or Code eq 'B'`, `Id in (…)`,
 * possibly and-ed with anything — the list reads those rows from an index instead of scanning
 * the table. The compiled filter still runs on them, so this only saves work, never changes a
 * result. This is what keeps batched loader queries cheap on 100 000 invoices.
 */
export interface IndexHint {
  readonly field: string;
  readonly values: readonly unknown[];
}

const INDEXABLE = new Set(['int', 'long', 'string', 'guid']);

/** A hint for the query's filter, or undefined when it does not pin one key field. */
export function indexHint(params: URLSearchParams, fields: FieldMap): IndexHint | undefined {
  const text = params.get('$filter') ?? params.get('filter');
  if (text === null) return undefined;
  let expr: Expr;
  try {
    expr = parseFilter(text);
  } catch {
    return undefined;
  }
  const hint = pinned(expr);
  if (!hint) return undefined;
  for (const [key, field] of Object.entries(fields) as [string, FieldSpec][]) {
    if (
      odataName(key, field) === hint.field &&
      field.type === 'scalar' &&
      INDEXABLE.has(field.kind)
    ) {
      return { field: key, values: hint.values };
    }
  }
  return undefined;
}

function literalOf(e: Expr): unknown {
  if (e.kind !== 'literal') return undefined;
  const v = e.value;
  return v.type === 'number' || v.type === 'string' || v.type === 'guid' ? v.value : undefined;
}

function propertyOf(e: Expr): string | undefined {
  return e.kind === 'property' && e.path.length === 1 ? e.path[0] : undefined;
}

function pinned(e: Expr): IndexHint | undefined {
  switch (e.kind) {
    case 'compare': {
      if (e.op !== 'eq') return undefined;
      const [p, l] = propertyOf(e.left) ? [e.left, e.right] : [e.right, e.left];
      const field = propertyOf(p);
      const value = literalOf(l);
      return field && value !== undefined ? { field, values: [value] } : undefined;
    }
    case 'in': {
      const field = propertyOf(e.left);
      const values = e.items.map(literalOf);
      return field && values.every((v) => v !== undefined) ? { field, values } : undefined;
    }
    case 'or': {
      const l = pinned(e.left);
      const r = pinned(e.right);
      return l && r && l.field === r.field
        ? { field: l.field, values: [...l.values, ...r.values] }
        : undefined;
    }
    case 'and':
      return pinned(e.left) ?? pinned(e.right);
    default:
      return undefined;
  }
}
