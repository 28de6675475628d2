import type { Store } from './store.js';
import type { Row } from './wire.js';

/**
 * Reporting/TimeTransactions (accounting reference §17): one row per time entry whose day is in
 * `fromDate..toDate`, with the names of what it refers to joined in. `orderNo`, `invoiceNo` and
 * `payrollNo` narrow to rows holding that number.
 */
export function timeTransactions(store: Store, params: Readonly<Record<string, string>>): Row[] {
  const from = params.fromDate ?? '';
  const to = params.toDate ?? '';
  const by = (table: string, key: string) => (v: unknown) =>
    v == null ? undefined : store.table(table).lookup(key, v);
  const project = by('Project', 'code');
  const customer = by('Customer', 'code');
  const department = by('Department', 'code');
  const activity = by('Activity', 'code');
  const employee = by('Employee', 'code');
  const round = (n: number) => Math.round(n * 100) / 100;
  const rows: Row[] = [];
  for (const e of store.table('TimeTrackingEntry').all()) {
    const day = typeof e.date === 'string' ? e.date.slice(0, 10) : '';
    if (day < from || day > to) continue;
    const p = project(e.projectCode);
    // A sub-project reports under its top project (§17 projectCode / subProjectCode).
    const top = p?.parentProjectCode != null ? project(p.parentProjectCode) : p;
    const sub = p?.parentProjectCode != null ? p : undefined;
    const minutes = (e.minutes as number | undefined) ?? 0;
    const hours = round(minutes / 60);
    const billableAmount = (e.billableAmount as number | undefined) ?? 0;
    const costPrice = round(hours * ((e.hourlyCost as number | undefined) ?? 0));
    const margin = round(billableAmount - costPrice);
    const emp = employee(e.employeeCode);
    const locked = e.isLocked === true;
    const row: Row = {
      id: e.id,
      date: e.date,
      customerCode: e.customerCode,
      customerName: customer(e.customerCode)?.name,
      projectCode: top?.code,
      projectName: top?.name,
      subProjectCode: sub?.code,
      subProjectName: sub?.name,
      projectDepartmentName: department(p?.departmentCode)?.name,
      projectBillingMethod: p?.billingMethod,
      departmentCode: e.departmentCode,
      departmentName: department(e.departmentCode)?.name,
      activityCode: e.activityCode,
      activityName: activity(e.activityCode)?.name,
      employeeCode: e.employeeCode,
      employeeName: emp ? `${String(emp.firstName)} ${String(emp.lastName)}` : undefined,
      timeSpecificationName: e.hourType,
      comment: e.comment,
      internalComment: e.internalComment,
      time: `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
      hours,
      breakDurationHours: round(((e.breakTime as number | undefined) ?? 0) / 60),
      hourlyRate: e.hourlyRate,
      billableHours: e.billableHours,
      billableAmount,
      costRate: e.hourlyCost,
      costPrice,
      margin,
      marginPercent: billableAmount > 0 ? round((margin / billableAmount) * 100) : undefined,
      // Locked entries are approved (DECISIONS.md); the flags combine (§21).
      approvalStatus: locked ? 2 : 0,
      statusFlags:
        (locked ? 2 : 0) |
        (e.isTransferedToPayroll === true ? 4 : 0) |
        (e.isInvoiced === true ? 8 : 0),
      isAccrued: false,
      isInvoicedExternally: false,
    };
    if (
      (['orderNo', 'invoiceNo', 'payrollNo'] as const).every(
        (k) => params[k] === undefined || String(row[k]) === params[k],
      )
    ) {
      rows.push(row);
    }
  }
  return rows;
}
