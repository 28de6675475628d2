import { OutgoingInvoiceResource } from '../../poweroffice/resources/outgoing-invoice.js';
import {
  type ProjectDto,
  ProjectResource,
  projectFields,
} from '../../poweroffice/resources/project.js';
import { builder } from '../builder.js';
import { listInputs, relationConnection, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseIntegerId } from '../node.js';
import { wire } from '../wire.js';
import { ContactPerson } from './contact-person.js';
import { Customer } from './customer.js';
import { Department } from './department.js';
import { Employee } from './employee.js';
import { Location } from './location.js';
import { invoiceInputs, OutgoingInvoice } from './outgoing-invoice.js';

export type ProjectModel = ProjectDto;

const F = projectFields;

export const Project = builder.objectRef<ProjectModel>('Project');
export const projectInputs = listInputs('Project', F);

builder.node(Project, {
  description: 'A project (PowerOffice `Project`); sub-projects have codes "Parent.Child".',
  id: { resolve: (p) => String(p.id), parse: parseIntegerId },
  loadWithoutCache: (id, ctx) => ctx.loaders.projectById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'Long'),
    code: wire(t, F, 'code'),
    name: wire(t, F, 'name'),
    parentProjectCode: wire(t, F, 'parentProjectCode'),
    customerCode: wire(t, F, 'customerCode'),
    contactPersonId: wire(t, F, 'contactPersonId'),
    projectManagerCode: wire(t, F, 'projectManagerCode'),
    departmentCode: wire(t, F, 'departmentCode'),
    locationCode: wire(t, F, 'locationCode'),
    brandingThemeCode: wire(t, F, 'brandingThemeCode'),
    deliveryTerms: wire(t, F, 'deliveryTerms'),
    status: wire(t, F, 'status'),
    isBillable: wire(t, F, 'isBillable'),
    isInternal: wire(t, F, 'isInternal'),
    startDate: wire(t, F, 'startDate'),
    endDate: wire(t, F, 'endDate'),
    externalCode: wire(t, F, 'externalCode'),
    contractNo: wire(t, F, 'contractNo'),
    purchaseOrderNo: wire(t, F, 'purchaseOrderNo'),
    paymentTerms: wire(t, F, 'paymentTerms'),
    progress: wire(t, F, 'progress'),
    allowAllActivities: wire(t, F, 'allowAllActivities'),
    allowAllEmployees: wire(t, F, 'allowAllEmployees'),
    denyTimeTracking: wire(t, F, 'denyTimeTracking'),
    billingMethod: wire(t, F, 'billingMethod'),
    billingHourlyRateSpecification: wire(t, F, 'billingHourlyRateSpecification'),
    fixedPrice: wire(t, F, 'fixedPrice'),
    billableRate: wire(t, F, 'billableRate'),
    budgetedHours: wire(t, F, 'budgetedHours'),
    budgetedHourlyRate: wire(t, F, 'budgetedHourlyRate'),
    budgetedExpenseHours: wire(t, F, 'budgetedExpenseHours'),
    budgetedRevenueHours: wire(t, F, 'budgetedRevenueHours'),
    budgetedOtherExpenses: wire(t, F, 'budgetedOtherExpenses'),
    budgetedTotalRevenue: wire(t, F, 'budgetedTotalRevenue'),
    budgetedCostOfGoods: wire(t, F, 'budgetedCostOfGoods'),
    budgetedRevenueBillableExpenses: wire(t, F, 'budgetedRevenueBillableExpenses'),
    attachExpenseVouchersWhenBilling: wire(t, F, 'attachExpenseVouchersWhenBilling'),
    markupHourlyRateEnabled: wire(t, F, 'markupHourlyRateEnabled'),
    markupOtherExpensesEnabled: wire(t, F, 'markupOtherExpensesEnabled'),
    hourlyRateFactorWithMarkup: wire(t, F, 'hourlyRateFactorWithMarkup'),
    otherExpensesFactorWithMarkup: wire(t, F, 'otherExpensesFactorWithMarkup'),
    hourlyRateMarkupDescription: wire(t, F, 'hourlyRateMarkupDescription'),
    otherExpensesMarkupDescription: wire(t, F, 'otherExpensesMarkupDescription'),
    createdDate: wire(t, F, 'createdDate'),
    lastChanged: wire(t, F, 'lastChanged'),
    createdFromImportJournalId: wire(t, F, 'createdFromImportJournalId'),
    parentProject: t.field({
      type: Project,
      description: 'The parent project (by parentProjectCode).',
      resolve: (p, _args, ctx) =>
        p.parentProjectCode ? ctx.loaders.projectByCode.load(p.parentProjectCode) : null,
    }),
    subProjects: relationConnection(t, {
      type: Project,
      inputs: projectInputs,
      map: F,
      name: 'ProjectSubProjectsConnection',
      description: 'Projects whose parent is this project, batched across parents.',
      load: (p, query, ctx) =>
        p.code == null
          ? Promise.resolve([])
          : ctx.loaders.related(ProjectResource, 'parentProjectCode', query).load(p.code),
    }),
    invoices: relationConnection(t, {
      type: OutgoingInvoice,
      inputs: invoiceInputs,
      map: OutgoingInvoiceResource.listFields,
      name: 'ProjectInvoicesConnection',
      description: 'Invoices of this project (by their head projectCode), batched across projects.',
      load: (p, query, ctx) =>
        p.code == null
          ? Promise.resolve([])
          : ctx.loaders.related(OutgoingInvoiceResource, 'projectCode', query).load(p.code),
    }),
    customer: t.field({
      type: Customer,
      description: 'The customer (by customerCode).',
      resolve: (p, _args, ctx) =>
        p.customerCode == null ? null : ctx.loaders.customerByCode.load(p.customerCode),
    }),
    contactPerson: t.field({
      type: ContactPerson,
      description: "The customer's contact person (by contactPersonId).",
      resolve: (p, _args, ctx) =>
        p.contactPersonId == null ? null : ctx.loaders.contactPersonById.load(p.contactPersonId),
    }),
    manager: t.field({
      type: Employee,
      description: 'The project manager (by projectManagerCode).',
      resolve: (p, _args, ctx) =>
        p.projectManagerCode == null ? null : ctx.loaders.employeeByCode.load(p.projectManagerCode),
    }),
    department: t.field({
      type: Department,
      description: 'The department (by departmentCode).',
      resolve: (p, _args, ctx) =>
        p.departmentCode ? ctx.loaders.departmentByCode.load(p.departmentCode) : null,
    }),
    location: t.field({
      type: Location,
      description: 'The location (by locationCode).',
      resolve: (p, _args, ctx) =>
        p.locationCode ? ctx.loaders.locationByCode.load(p.locationCode) : null,
    }),
  }),
});

builder.queryFields((t) => ({
  projects: rootConnection(t, {
    type: Project,
    resource: ProjectResource,
    map: F,
    inputs: projectInputs,
    name: 'ProjectConnection',
    description: 'Projects (`GET /Project`).',
  }),
  project: t.field({
    type: Project,
    description: 'One project by code; null when there is none.',
    args: { code: t.arg.string({ required: true, description: 'Project code.' }) },
    resolve: (_root, args, ctx) => ctx.loaders.projectByCode.load(args.code),
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'Project',
    ref: Project,
    resource: ProjectResource,
    map: F,
    parseId: parseIntegerId,
    remember: (ctx, saved) => ctx.loaders.afterWrite(ProjectResource, saved),
  }),
);
