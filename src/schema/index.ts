import { builder } from './builder.js';
import './types/address.js';
import './types/contact-group.js';
import './types/contact-person.js';
import './types/customer.js';
import './types/department.js';
import './types/employee.js';
import './types/location.js';
import './types/outgoing-invoice-line.js';
import './types/outgoing-invoice.js';
import './types/product-group.js';
import './types/product.js';
import './types/project.js';
import './types/vat-code.js';

/** The executable schema: every type file registered on the builder, then built once. */
export const schema = builder.toSchema();
