import {
  type DepartmentDto,
  DepartmentResource,
  departmentFields,
} from '../../poweroffice/resources/department.js';
import { EmployeeResource } from '../../poweroffice/resources/employee.js';
import { builder } from '../builder.js';
import { listInputs, relationConnection, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { Employee, employeeInputs } from './employee.js';

export type DepartmentModel = DepartmentDto;

const F = departmentFields;

export const Department = builder.objectRef<DepartmentModel>('Department');
export const departmentInputs = listInputs('Department', F);

builder.node(Department, {
  description: 'A department dimension (PowerOffice `Department`).',
  id: { resolve: (d) => String(d.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.departmentById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    name: wire(t, F, 'name'),
    managerCode: wire(t, F, 'managerCode'),
    manager: t.field({
      type: Employee,
      description: 'The manager (by managerCode).',
      resolve: (d, _args, ctx) =>
        d.managerCode == null ? null : ctx.loaders.employeeByCode.load(d.managerCode),
    }),
    employees: relationConnection(t, {
      type: Employee,
      inputs: employeeInputs,
      map: EmployeeResource.fields,
      name: 'DepartmentEmployeesConnection',
      description: 'Employees of this department (departmentCode), batched across departments.',
      load: (d, query, ctx) =>
        d.code == null
          ? Promise.resolve([])
          : ctx.loaders.related(EmployeeResource, 'departmentCode', query).load(d.code),
    }),
    isActive: wire(t, F, 'isActive'),
    lastChanged: wire(t, F, 'lastChanged'),
    createdFromImportJournalId: wire(t, F, 'createdFromImportJournalId'),
  }),
});

builder.queryFields((t) => ({
  departments: rootConnection(t, {
    type: Department,
    resource: DepartmentResource,
    map: F,
    inputs: departmentInputs,
    name: 'DepartmentConnection',
    description: 'Departments (`GET /Department`).',
  }),
  department: t.field({
    type: Department,
    description: 'One department by code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Department code.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.departmentByCode.load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'Department',
    ref: Department,
    resource: DepartmentResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(DepartmentResource, saved),
  }),
);
