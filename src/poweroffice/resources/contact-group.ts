import { customerFields } from './customer.js';
import { employeeFields } from './employee.js';
import { type FieldMap, f } from './fields.js';
import { CRUD, defineResource, type EntityOf, type SubListSpec } from './resource.js';
import { supplierFields } from './supplier.js';

/** GoApi.Party.ContactGroup (reference B4). It has no lastChanged, so it cannot be polled. */
export const contactGroupFields = {
  id: f.long('PowerOffice id of the group; used by OutgoingInvoice.contactGroupId.'),
  title: f.string('Group title, unique per client ignoring case; parties list it by title.'),
  sendInvoicesToGroup: f.bool('Whether one invoice may be sent to the whole group.'),
} as const;

/**
 * `GET /ContactGroup/{contactGroupName}/<path>?contactGroupName=…` (+OData), reference B4: the
 * parties whose `contactGroups` hold the group's title. The key is in the path, so PowerOffice
 * cannot answer several groups in one call: one call per group (and page).
 */
function members(path: string, of: string, fields: FieldMap, human: string): SubListSpec {
  return {
    path: `/ContactGroup/{title}/${path}`,
    of,
    item: { type: of, fields, description: `A ${human} in the group.` },
    key: 'title',
    keyParam: 'contactGroupName',
    parentField: 'contactGroups',
    // The rows are the parties' own: reading them needs the party's read privilege.
    privilege: of,
    graph: {
      field: path,
      description:
        `The ${human}s in this group (\`GET /ContactGroup/{name}/${path}\`, OData). The name ` +
        'is in the path, so each group costs its own call (per page); groups are few.',
    },
  };
}

export const ContactGroupResource = defineResource({
  name: 'ContactGroup',
  path: '/ContactGroup',
  idKind: 'long',
  fields: contactGroupFields,
  keys: {
    title: {
      caseInsensitive: true,
      lookup: {
        description: 'One contact group by its exact title; null when there is none.',
        argument: 'Group title.',
      },
    },
  },
  privilege: 'ContactGroup',
  operations: CRUD,
  subLists: {
    customers: members('customers', 'Customer', customerFields, 'customer'),
    suppliers: members('suppliers', 'Supplier', supplierFields, 'supplier'),
    employees: members('employees', 'Employee', employeeFields, 'employee'),
  },
  graph: {
    description: 'A named group of parties (PowerOffice `ContactGroup`).',
    list: 'Contact groups (`GET /ContactGroup`).',
  },
});

export type ContactGroupDto = EntityOf<typeof ContactGroupResource>;
