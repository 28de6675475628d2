import type { DtoOf, FieldMap } from './fields.js';

/**
 * What the API offers for one resource (reference Part B). The emulator routes and the client's
 * resource modules are both driven by this descriptor, so a route the reference does not list
 * exists in neither.
 */
export interface ResourceSpec<M extends FieldMap = FieldMap, L extends FieldMap = M> {
  /** PowerOffice's type name, e.g. `Customer`, `OutgoingInvoice`. */
  readonly name: string;
  /** Base path, e.g. `/Customer`. GET `{path}/{id}`, POST `{path}`, DELETE `{path}/{id}`. */
  readonly path: string;
  /** OData list path: usually `path`; `/OutgoingInvoice/List` for invoices. */
  readonly listPath: string;
  /** JSON type of `id`: int64 for most, int32 for VatCode, GUID for invoices. */
  readonly idKind: 'long' | 'int' | 'guid';
  /** Fields of the full entity (GET by id, POST). */
  readonly fields: M;
  /** Fields of a list row when it differs from the entity (OutgoingInvoiceListItem). */
  readonly listFields: L;
  /** The documented row cap of the list route, if any (A6). */
  readonly maxRows?: number;
  /**
   * Set for sub-resources addressed under a parent entity, e.g. `/Customer/{parentId}/Contact`:
   * `resource` is the parent's `name`, `param` the placeholder in `path` that holds its id.
   */
  readonly parent?: { readonly resource: string; readonly param: 'parentId' };
  /** Read privilege carried in the token's `role` claim; writes need `${privilege}_Full`. */
  readonly privilege: string;
  readonly operations: {
    readonly list: boolean;
    readonly get: boolean;
    readonly save: boolean;
    readonly delete: boolean;
  };
}

export type EntityOf<R> = R extends ResourceSpec<infer M, FieldMap> ? DtoOf<M> : never;
export type ListItemOf<R> = R extends ResourceSpec<FieldMap, infer L> ? DtoOf<L> : never;

export function defineResource<const M extends FieldMap, const L extends FieldMap = M>(
  spec: Omit<ResourceSpec<M, L>, 'listFields' | 'listPath'> & {
    listFields?: L;
    listPath?: string;
  },
): ResourceSpec<M, L> {
  return {
    ...spec,
    listPath: spec.listPath ?? spec.path,
    listFields: (spec.listFields ?? spec.fields) as unknown as L,
  };
}
