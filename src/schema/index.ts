import { builder } from './builder.js';
import { buildResourceTypes } from './resource-type.js';
import './types/address.js';
import './types/customer.js';
import './types/employee.js';
import './types/outgoing-invoice-line.js';
import './types/outgoing-invoice.js';
import './types/project.js';
import './types/supplier.js';

/** The executable schema: the overrides registered, every resource's type built, then once. */
buildResourceTypes();
export const schema = builder.toSchema();
