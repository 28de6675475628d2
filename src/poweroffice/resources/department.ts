import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/** GoApi.Dimension.Department (reference B15). */
export const departmentFields = {
  id: f.long('PowerOffice id of the department. Send it to update.', { readOnly: true }),
  code: f.string('Unique department code, chosen by the user.'),
  name: f.string('Department name.'),
  managerCode: f.long('Manager (Employee.code); the employee must exist.', {
    ref: {
      to: 'Employee',
      as: 'manager',
      description: 'The manager (by managerCode).',
      inverse: {
        name: 'managedDepartments',
        description: 'Departments this employee manages (managerCode), batched across employees.',
      },
      blocksDelete: true,
    },
  }),
  isActive: f.bool('Whether the department can be used.', { nullable: false, default: true }),
  lastChanged: f.datetimeoffset('When the department last changed.', {
    nullable: false,
    readOnly: true,
  }),
  createdFromImportJournalId: f.guid('Import journal that created the department.', {
    readOnly: true,
  }),
} as const;

export const DepartmentResource = defineResource({
  name: 'Department',
  path: '/Department',
  idKind: 'long',
  fields: departmentFields,
  keys: {
    code: {
      lookup: {
        description: 'One department by code; null when there is none.',
        argument: 'Department code.',
      },
    },
  },
  privilege: 'Department',
  operations: CRUD,
  graph: {
    description: 'A department dimension (PowerOffice `Department`).',
    list: 'Departments (`GET /Department`).',
  },
});

export type DepartmentDto = EntityOf<typeof DepartmentResource>;
