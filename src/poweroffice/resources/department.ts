import { f } from './fields.js';
import { defineResource, type EntityOf } from './resource.js';

/** GoApi.Dimension.Department (reference B15). */
export const departmentFields = {
  id: f.long('PowerOffice id of the department. Send it to update.', { readOnly: true }),
  code: f.string('Unique department code, chosen by the user.'),
  name: f.string('Department name.'),
  managerCode: f.long('Manager (Employee.code); the employee must exist.'),
  isActive: f.bool('Whether the department can be used.', { nullable: false }),
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
  privilege: 'Department',
  operations: { list: true, get: true, save: true, delete: true },
});

export type DepartmentDto = EntityOf<typeof DepartmentResource>;
