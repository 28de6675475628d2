import { workedMinutes } from '../poweroffice/resources/checks.js';
import type { Rule } from './rules.js';
import type { Row } from './wire.js';

/**
 * What saving project activities, team members, time-tracking activities and time entries
 * means (reference B17, accounting reference §18). Existence of every referenced code is checked
 * from the registry before these run; here only the rules that need more than one row.
 */

/** `allowAllActivities`/`allowAllEmployees`: null counts as true (B17: "if false, use …"). */
const restricted = (project: Row, flag: string) => project[flag] === false;

export const TIME_RULES: Record<string, Rule> = {
  // B17: the name is the activity's (read-only); one row per activity and project.
  ProjectActivity: (ctx, row, _existing, errors) => {
    const activity = ctx.store.table('Activity').lookup('code', row.activityCode);
    if (activity) {
      row.activityCode = activity.code;
      row.name = activity.name;
    }
    const twin = ctx.store
      .table('ProjectActivity')
      .all()
      .find(
        (r) =>
          r.projectCode === row.projectCode &&
          r.activityCode === row.activityCode &&
          r.id !== row.id,
      );
    if (twin) errors.activityCode = 'The activity is already listed on the project.';
    return undefined;
  },
  ProjectTeamMember: (ctx, row, _existing, errors) => {
    const twin = ctx.store
      .table('ProjectTeamMember')
      .all()
      .find(
        (r) =>
          r.projectCode === row.projectCode &&
          r.employeeCode === row.employeeCode &&
          r.id !== row.id,
      );
    if (twin) errors.employeeCode = 'The employee is already on the project team.';
    return undefined;
  },
  // Activity (§18): activityType is required on create and never None, both declared.
  TimeTrackingEntry: (ctx, row, _existing, errors) => {
    const store = ctx.store;
    const activity = store.table('Activity').lookup('code', row.activityCode);
    const project =
      row.projectCode == null ? undefined : store.table('Project').lookup('code', row.projectCode);
    if (activity?.requireProject === true && row.projectCode == null) {
      errors.projectCode = 'The activity requires a project.';
    }
    if (activity?.requireExternalComment === true && !row.comment) {
      errors.comment = 'The activity requires an external comment.';
    }
    if (project) {
      if (project.denyTimeTracking === true)
        errors.projectCode = 'Time may not be logged on the project.';
      // §18: the project's customer must match customerCode; absent, it is the project's.
      if (row.customerCode == null) row.customerCode = project.customerCode;
      else if (project.customerCode != null && project.customerCode !== row.customerCode) {
        errors.customerCode = "Must be the project's customer.";
      }
      // B17: with allowAllActivities/allowAllEmployees false only the listed ones may be used.
      if (
        restricted(project, 'allowAllActivities') &&
        !store
          .table('ProjectActivity')
          .all()
          .some((a) => a.projectCode === project.code && a.activityCode === activity?.code)
      ) {
        errors.activityCode = 'The activity is not allowed on the project.';
      }
      if (
        restricted(project, 'allowAllEmployees') &&
        !store
          .table('ProjectTeamMember')
          .all()
          .some((m) => m.projectCode === project.code && m.employeeCode === row.employeeCode)
      ) {
        errors.employeeCode = 'The employee is not on the project team.';
      }
    }
    // §18: "default is ordinary time": the activity's hour type, else the first active one.
    if (row.hourType == null) {
      const first = store
        .table('HourType')
        .all()
        .find((h) => h.isActive !== false);
      row.hourType = activity?.hourType ?? first?.description;
    }
    // §18: the times' format, "both or neither", their order and the minutes agreeing with them
    // are declared (time-tracking.ts) and checked before this rule runs. Minutes left out (0 on
    // create) are computed from the times here.
    const span = workedMinutes(row);
    if (span !== undefined && (row.minutes === 0 || row.minutes == null)) {
      row.minutes = Math.max(0, span);
    }
    row.hours = Math.round(((row.minutes as number) / 60) * 100) / 100;
    if (typeof row.billableHours === 'number' && typeof row.hourlyRate === 'number') {
      row.billableAmount = Math.round(row.billableHours * row.hourlyRate * 100) / 100;
    }
    if (row.outgoingInvoiceLineId != null) row.isInvoiced = true;
    return undefined;
  },
};
