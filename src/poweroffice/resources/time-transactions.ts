import { ProjectBillingMethod } from './enums.js';
import { TimeApprovalStatus } from './enums-time.js';
import { f } from './fields.js';
import { defineResource, LIST_ONLY } from './resource.js';

const code = (description: string, to: string, as: string, what: string) =>
  f.string(description, {
    readOnly: true,
    ref: { to, as, description: `The ${what} (by ${as}Code).` },
  });

/**
 * Reporting/TimeTransactions (accounting reference §17): the preferred time report, one row per
 * logged entry in a date range, optionally narrowed to an order, invoice or payroll. Needs the
 * Time subscription like the time-tracking routes (§0).
 */
export const TimeTransactionResource = defineResource({
  name: 'TimeTransaction',
  path: '/Reporting/TimeTransactions',
  idKind: 'long',
  params: {
    fromDate: f.datetime('First day included.', { nullable: false }),
    toDate: f.datetime('Last day included.', { nullable: false }),
    orderNo: f.long('Only time on this order.'),
    invoiceNo: f.long('Only time on this invoice.'),
    payrollNo: f.long('Only time on this payroll.'),
  },
  fields: {
    id: f.long('Id of the time entry.', { readOnly: true, nullable: false }),
    date: f.datetime('Day worked.', { readOnly: true }),
    customerCode: f.long('Customer number.', {
      readOnly: true,
      ref: { to: 'Customer', description: 'The customer (by customerCode).' },
    }),
    customerName: f.string('Customer name.', { readOnly: true }),
    projectCode: code('Project code (the top project).', 'Project', 'project', 'project'),
    projectName: f.string('Project name.', { readOnly: true }),
    subProjectCode: f.string('Sub-project code, when the time is on a sub-project.', {
      readOnly: true,
      ref: { to: 'Project', as: 'subProject', description: 'The sub-project (by subProjectCode).' },
    }),
    subProjectName: f.string('Sub-project name.', { readOnly: true }),
    projectDepartmentName: f.string("Name of the project's department.", { readOnly: true }),
    projectCategoryName: f.string('Project category.'),
    projectBillingMethod: f.enum(ProjectBillingMethod, 'How the project is billed.', {
      readOnly: true,
    }),
    departmentCode: code('Department code.', 'Department', 'department', 'department'),
    departmentName: f.string('Department name.', { readOnly: true }),
    activityCode: code('Activity code.', 'Activity', 'activity', 'activity'),
    activityName: f.string('Activity name.', { readOnly: true }),
    employeeCode: f.long('Employee number.', {
      readOnly: true,
      ref: { to: 'Employee', description: 'Who worked (by employeeCode).' },
    }),
    employeeName: f.string('Employee name.', { readOnly: true }),
    timeSpecificationName: f.string('The hour type.', { readOnly: true }),
    comment: f.string('External comment.', { readOnly: true }),
    internalComment: f.string('Internal comment.', { readOnly: true }),
    time: f.string('The time as text (h:mm).', { readOnly: true }),
    hours: f.double('Hours.', { readOnly: true }),
    breakDurationHours: f.double('Break in hours.', { nullable: false }),
    hourlyRate: f.double('Hourly rate.', { readOnly: true }),
    billableHours: f.double('Billable hours.', { readOnly: true }),
    billableAmount: f.double('Billable amount.', { readOnly: true }),
    costRate: f.double('Cost per hour.', { readOnly: true }),
    costPrice: f.double('Cost.', { readOnly: true }),
    margin: f.double('Billable amount less cost.', { readOnly: true }),
    marginPercent: f.double('Margin in percent of the billable amount.', { readOnly: true }),
    approvalStatus: f.enum(TimeApprovalStatus, 'Approval state.', { readOnly: true }),
    invoiceNo: f.long('Invoice the time was billed on.', { readOnly: true }),
    orderNo: f.long('Order the time belongs to.', { readOnly: true }),
    payrollNo: f.long('Payroll the time was paid on.', { readOnly: true }),
    accrualVoucherNo: f.long('Accrual voucher.', { readOnly: true }),
    statusFlags: f.int(
      'Bit flags: PendingApproval 1, Approved 2, SentToPayroll 4, Invoiced 8, Accrued 16, RunningTimer 32, IsHolidayLeave 256.',
      { readOnly: true, nullable: false },
    ),
    payrollDescription: f.string('Payroll text.', { readOnly: true }),
    isAccrued: f.bool('Accrued.', { readOnly: true, nullable: false }),
    isInvoicedExternally: f.bool('Invoiced in another system.', {
      readOnly: true,
      nullable: false,
    }),
    isInvoicedExternallyBy: f.string('The system that invoiced it.', { readOnly: true }),
  },
  privilege: 'Reporting_TimeTransaction',
  subscription: 'Time',
  operations: LIST_ONLY,
  graph: {
    description: 'Logged time as the time report shows it (a report row).',
    list: 'The time report: logged time in a date range (`GET /Reporting/TimeTransactions`).',
    plural: 'timeTransactions',
    node: false,
  },
});
