import type { CallOptions, PowerOfficeClient } from '../client.js';
import type { ListQuery } from '../odata.js';
import { ContactGroupResource } from './contact-group.js';
import { ContactPersonResource, PartyContactPersonResource } from './contact-person.js';
import { CustomerResource } from './customer.js';
import { DepartmentResource } from './department.js';
import { EmployeeResource } from './employee.js';
import type { DtoOf, FieldMap } from './fields.js';
import { LocationResource } from './location.js';
import { OutgoingInvoiceResource } from './outgoing-invoice.js';
import { ProductResource } from './product.js';
import { ProductGroupResource } from './product-group.js';
import { ProjectResource } from './project.js';
import type { ResourceSpec } from './resource.js';
import { VatCodeResource } from './vat-code.js';

export type Operation = keyof ResourceSpec['operations'];

/** The typed calls of one resource; each exists only if the API offers it. */
export interface ResourceApi<M extends FieldMap, L extends FieldMap> {
  readonly resource: ResourceSpec<M, L>;
  list(
    client: PowerOfficeClient,
    query?: ListQuery,
    opts?: CallOptions,
  ): Promise<{ items: DtoOf<L>[]; count: number }>;
  get(client: PowerOfficeClient, id: string | number, opts?: CallOptions): Promise<DtoOf<M> | null>;
  save(client: PowerOfficeClient, dto: Partial<DtoOf<M>>, opts?: CallOptions): Promise<DtoOf<M>>;
  delete(client: PowerOfficeClient, id: string | number, opts?: CallOptions): Promise<void>;
}

const ALL: readonly Operation[] = ['list', 'get', 'save', 'delete'];

/**
 * Binds a resource spec to typed client calls. `ops` names the operations to expose (default:
 * all four, for resources with full CRUD); naming one the spec does not enable throws at module
 * load, so a route the reference lacks can never be called.
 */
export function bindResource<
  M extends FieldMap,
  L extends FieldMap,
  O extends Operation = Operation,
>(resource: ResourceSpec<M, L>, ops?: readonly O[]): Pick<ResourceApi<M, L>, O | 'resource'> {
  const wanted = ops ?? (ALL as readonly O[]);
  for (const op of wanted) {
    if (!resource.operations[op]) {
      throw new Error(`bindResource: ${resource.name} has no ${op} operation`);
    }
  }
  const full: ResourceApi<M, L> = {
    resource,
    list: (client, query, opts) => client.list(resource, query, opts),
    get: (client, id, opts) => client.get(resource, id, opts),
    save: (client, dto, opts) => client.save(resource, dto, opts),
    delete: (client, id, opts) => client.delete(resource, id, opts),
  };
  const api: Record<string, unknown> = { resource };
  for (const op of wanted) api[op] = full[op];
  return api as Pick<ResourceApi<M, L>, O | 'resource'>;
}

export const customerApi = bindResource(CustomerResource, ['list', 'get', 'save', 'delete']);
export const contactPersonApi = bindResource(ContactPersonResource, [
  'list',
  'get',
  'save',
  'delete',
]);
export const partyContactPersonApi = bindResource(PartyContactPersonResource, ['list']);
export const contactGroupApi = bindResource(ContactGroupResource);
export const employeeApi = bindResource(EmployeeResource);
export const productApi = bindResource(ProductResource);
export const productGroupApi = bindResource(ProductGroupResource);
export const outgoingInvoiceApi = bindResource(OutgoingInvoiceResource);
export const vatCodeApi = bindResource(VatCodeResource, ['list', 'get']);
export const departmentApi = bindResource(DepartmentResource);
export const projectApi = bindResource(ProjectResource);
export const locationApi = bindResource(LocationResource);
