import { ContactGroupResource } from './contact-group.js';
import { ContactPersonResource, PartyContactPersonResource } from './contact-person.js';
import { CustomerResource } from './customer.js';
import { DepartmentResource } from './department.js';
import { EmployeeResource } from './employee.js';
import { LocationResource } from './location.js';
import { OutgoingInvoiceResource } from './outgoing-invoice.js';
import { ProductResource } from './product.js';
import { ProductGroupResource } from './product-group.js';
import { ProjectResource } from './project.js';
import type { ResourceSpec } from './resource.js';
import { VatCodeResource } from './vat-code.js';

/**
 * Every resource the facade covers, in no particular order. The emulator mounts a route per
 * entry and its enabled operations; tests walk it to check the registry's invariants.
 */
export const allResources: readonly ResourceSpec[] = [
  CustomerResource,
  ContactPersonResource,
  PartyContactPersonResource,
  ContactGroupResource,
  EmployeeResource,
  ProductResource,
  ProductGroupResource,
  OutgoingInvoiceResource,
  VatCodeResource,
  DepartmentResource,
  ProjectResource,
  LocationResource,
];
