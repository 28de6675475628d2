import {
  type EmployeeDto,
  EmployeeResource,
  employeeFields,
  employeeHourlyRateFields,
} from '../../poweroffice/resources/employee.js';
import type { DtoOf } from '../../poweroffice/resources/fields.js';
import { ProjectResource } from '../../poweroffice/resources/project.js';
import { builder } from '../builder.js';
import { listInputs, relationConnection, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { partyAddressFields } from './address.js';
import { ContactGroup } from './contact-group.js';
import { Department } from './department.js';
import { Location } from './location.js';
import { Project, projectInputs } from './project.js';

export type EmployeeModel = EmployeeDto;

const F = employeeFields;
const R = employeeHourlyRateFields;

/** GoApi.Party.EmployeeTimeHourlyRates: a dated rate, only inside an Employee. */
export const EmployeeHourlyRate = builder
  .objectRef<DtoOf<typeof employeeHourlyRateFields>>('EmployeeHourlyRate')
  .implement({
    description: 'A dated hourly rate and cost of an employee.',
    fields: (t) => ({
      databaseId: wire(t, R, 'id', { description: 'Id of the rate row.' }),
      validFrom: wire(t, R, 'validFrom'),
      validTo: wire(t, R, 'validTo'),
      hourlyRate: wire(t, R, 'hourlyRate'),
      hourlyCost: wire(t, R, 'hourlyCost'),
      isDeleted: wire(t, R, 'isDeleted'),
    }),
  });

export const Employee = builder.objectRef<EmployeeModel>('Employee');
export const employeeInputs = listInputs('Employee', F);

builder.node(Employee, {
  description: 'An employee party (PowerOffice `Employee`); employees have no single name.',
  id: { resolve: (e) => String(e.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.employeeById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    externalCode: wire(t, F, 'externalCode'),
    firstName: wire(t, F, 'firstName'),
    lastName: wire(t, F, 'lastName'),
    emailAddress: wire(t, F, 'emailAddress'),
    phoneNumber: wire(t, F, 'phoneNumber'),
    ...partyAddressFields(t, F),
    isArchived: wire(t, F, 'isArchived'),
    contactGroupTitles: wire(t, F, 'contactGroups', {
      description: 'Titles of the contact groups of the employee (`contactGroups` on the wire).',
    }),
    contactGroups: t.field({
      type: [ContactGroup],
      nullable: { list: false, items: true },
      description: 'The contact groups the employee belongs to (matched by title).',
      resolve: (e, _args, ctx) => ctx.loaders.contactGroupByTitle.loadMany(e.contactGroups ?? []),
    }),
    createdDate: wire(t, F, 'createdDate'),
    lastChanged: wire(t, F, 'lastChanged'),
    employeeCreatedDate: wire(t, F, 'employeeCreatedDate'),
    createdFromImportJournalId: wire(t, F, 'createdFromImportJournalId'),
    dateOfBirth: wire(t, F, 'dateOfBirth'),
    socialSecurityNumber: wire(t, F, 'socialSecurityNumber', {
      description: 'Social security number: PowerOffice returns "hidden" when one is set.',
    }),
    reportInternationalId: wire(t, F, 'reportInternationalId'),
    internationalIdCountryCode: wire(t, F, 'internationalIdCountryCode'),
    internationalIdType: wire(t, F, 'internationalIdType'),
    internationalIdNumber: wire(t, F, 'internationalIdNumber'),
    externalImportReference: wire(t, F, 'externalImportReference'),
    nationalityCountryCode: wire(t, F, 'nationalityCountryCode'),
    jobTitle: wire(t, F, 'jobTitle'),
    hiredDate: wire(t, F, 'hiredDate'),
    startDate: wire(t, F, 'startDate'),
    endDate: wire(t, F, 'endDate'),
    departmentCode: wire(t, F, 'departmentCode'),
    department: t.field({
      type: Department,
      description: 'The department (by departmentCode).',
      resolve: (e, _args, ctx) =>
        e.departmentCode ? ctx.loaders.departmentByCode.load(e.departmentCode) : null,
    }),
    locationCode: wire(t, F, 'locationCode'),
    location: t.field({
      type: Location,
      description: 'The location (by locationCode).',
      resolve: (e, _args, ctx) =>
        e.locationCode ? ctx.loaders.locationByCode.load(e.locationCode) : null,
    }),
    managerEmployeeCode: wire(t, F, 'managerEmployeeCode'),
    manager: t.field({
      type: Employee,
      description: 'The manager (by managerEmployeeCode).',
      resolve: (e, _args, ctx) =>
        e.managerEmployeeCode == null
          ? null
          : ctx.loaders.employeeByCode.load(e.managerEmployeeCode),
    }),
    managedProjects: relationConnection(t, {
      type: Project,
      inputs: projectInputs,
      map: ProjectResource.fields,
      name: 'EmployeeManagedProjectsConnection',
      description: 'Projects this employee manages (projectManagerCode), batched across employees.',
      load: (e, query, ctx) =>
        e.code == null
          ? Promise.resolve([])
          : ctx.loaders.related(ProjectResource, 'projectManagerCode', query).load(e.code),
    }),
    hourlyRate: wire(t, F, 'hourlyRate'),
    hourlyCost: wire(t, F, 'hourlyCost'),
    hourlyRates: t.field({
      type: [EmployeeHourlyRate],
      nullable: { list: false, items: false },
      description: F.hourlyRates.description,
      resolve: (e) => e.hourlyRates ?? [],
    }),
    payrollBankAccountCode: wire(t, F, 'payrollBankAccountCode'),
    expenseBankAccountCode: wire(t, F, 'expenseBankAccountCode'),
    payrollEmailAddress: wire(t, F, 'payrollEmailAddress'),
    gender: wire(t, F, 'gender'),
  }),
});

builder.queryFields((t) => ({
  employees: rootConnection(t, {
    type: Employee,
    resource: EmployeeResource,
    map: F,
    inputs: employeeInputs,
    name: 'EmployeeConnection',
    description: 'Employees (`GET /Employee`).',
  }),
  employee: t.field({
    type: Employee,
    description: 'One employee by employee number; null when there is none.',
    args: { code: t.arg({ type: 'Long', required: true, description: 'Employee number.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.employeeByCode.load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'Employee',
    ref: Employee,
    resource: EmployeeResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(EmployeeResource, saved),
  }),
);
