import { notNone, timeOfDay, timeSpanProblems } from './checks.js';
import { ActivityType } from './enums-time.js';
import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf } from './resource.js';

/**
 * TimeTracking/Activity, HourType and TimeTrackingEntry (accounting reference §18). All three
 * need PowerOffice's Time subscription: without it every route answers 403 (§0).
 */

/** HourType.description is the natural key that activities and entries name (§18). */
const hourTypeRef = (holder: string, inverse: string) =>
  f.string('Hour type, by its description (HourType.description).', {
    gqlName: 'hourTypeDescription',
    ref: {
      to: 'HourType',
      key: 'description',
      as: 'hourType',
      description: 'The hour type (matched by its description text).',
      inverse: {
        name: inverse,
        description: `${holder} with this hour type, batched across hour types.`,
      },
    },
  });

export const ActivityResource = defineResource({
  name: 'Activity',
  path: '/TimeTracking/Activity',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the activity. Send it to update.', { readOnly: true }),
    activityType: f.enum(ActivityType, 'Kind of activity; required on create, never None.', {
      check: notNone,
      required: true,
    }),
    code: f.string('Unique code (max 50); entries and projects refer to it.', { maxLength: 50 }),
    name: f.string('Name (max 400).', { required: true, maxLength: 400 }),
    hourlyRate: f.double('Hourly rate.'),
    productCode: f.string('Product invoiced for billable time (Product.code).', {
      ref: { to: 'Product', description: 'The product invoiced (by productCode).' },
    }),
    isActive: f.bool('Whether the activity is in use.', { default: true }),
    lastChanged: f.datetimeoffset('When the activity last changed.', {
      nullable: false,
      readOnly: true,
    }),
    createdFromImportJournalId: f.guid('Import journal that created the activity.', {
      readOnly: true,
    }),
    hourType: hourTypeRef('Activities', 'activities'),
    isLockedHourType: f.bool('Entries cannot change the hour type.'),
    useEmployeeDefaultHourType: f.bool("Entries take the employee's default hour type."),
    useRegularHoursHourType: f.bool('Entries take the regular-hours hour type.'),
    requireProject: f.bool('Entries must name a project.'),
    requireExternalComment: f.bool('Entries must carry an external comment.'),
  },
  keys: {
    code: {
      lookup: {
        description: 'One time-tracking activity by code; null when there is none.',
        argument: 'Activity code.',
      },
    },
  },
  privilege: 'TimeTracking',
  subscription: 'Time',
  operations: CRUD,
  graph: {
    description: 'A time-tracking activity (PowerOffice `TimeTracking/Activity`).',
    list: 'Time-tracking activities (`GET /TimeTracking/Activity`).',
    plural: 'activities',
  },
});

export const HourTypeResource = defineResource({
  name: 'HourType',
  path: '/TimeTracking/HourType',
  idKind: 'long',
  fields: {
    id: f.long('PowerOffice id of the hour type. Send it to update.', { readOnly: true }),
    description: f.string('The natural key activities and entries name, e.g. "Overtid 100 %".'),
    payItemCode: f.string('Pay item the hours are paid with (PayItem.code).', {
      ref: {
        to: 'PayItem',
        description: 'The pay item (by payItemCode).',
        inverse: {
          name: 'hourTypes',
          description: 'Hour types paid with this pay item, batched across pay items.',
        },
      },
    }),
    flexTimeFactor: f.double('Factor for flexitime.'),
    costPriceFactor: f.double('Factor on the cost price.', { default: 1 }),
    isActive: f.bool('Whether the hour type is in use.'),
    lastChanged: f.datetimeoffset('When the hour type last changed.', {
      nullable: false,
      readOnly: true,
    }),
  },
  keys: {
    description: {
      lookup: {
        description: 'One hour type by its description text; null when there is none.',
        argument: 'Description, exactly as stored.',
      },
    },
  },
  privilege: 'TimeTracking',
  subscription: 'Time',
  operations: CRUD,
  graph: {
    description: 'A kind of hours (PowerOffice `TimeTracking/HourType`), keyed by its text.',
    list: 'Hour types (`GET /TimeTracking/HourType`).',
  },
});

const entryRef = (to: string, what: string, description: string, inverse?: string) => ({
  to,
  description,
  ...(inverse
    ? {
        inverse: {
          name: inverse,
          description: `Time entries ${what}, batched across ${lowerFirst(to)}s (at most 50 000 rows a call).`,
        },
      }
    : {}),
});

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

export const TimeTrackingEntryResource = defineResource({
  name: 'TimeTrackingEntry',
  path: '/TimeTracking/TimeTrackingEntry',
  idKind: 'long',
  maxRows: 50_000,
  fields: {
    id: f.long('PowerOffice id of the entry. Send it to update.', { readOnly: true }),
    activityCode: f.string('Required: the activity (Activity.code).', {
      required: true,
      ref: entryRef(
        'Activity',
        'on this activity',
        'The activity (by activityCode).',
        'timeTrackingEntries',
      ),
    }),
    projectCode: f.string("Project (Project.code); its customer must be the entry's.", {
      ref: entryRef(
        'Project',
        'on this project',
        'The project (by projectCode).',
        'timeTrackingEntries',
      ),
    }),
    departmentCode: f.string('Department (Department.code).', {
      ref: entryRef('Department', 'of this department', 'The department (by departmentCode).'),
    }),
    employeeCode: f.long('Required: who worked (Employee.code).', {
      required: true,
      ref: entryRef(
        'Employee',
        'of this employee',
        'Who worked (by employeeCode).',
        'timeTrackingEntries',
      ),
    }),
    customerCode: f.long('Customer (Customer.code).', {
      ref: entryRef(
        'Customer',
        'for this customer',
        'The customer (by customerCode).',
        'timeTrackingEntries',
      ),
    }),
    hourType: hourTypeRef('Time entries', 'timeTrackingEntries'),
    date: f.datetime('Day worked.'),
    hours: f.double('Deprecated: use minutes.'),
    isLocked: f.bool('Locked (approved, invoiced or paid).', { readOnly: true, nullable: false }),
    comment: f.string('External comment (may reach the invoice).'),
    internalComment: f.string('Internal comment.'),
    lastChanged: f.datetimeoffset('When the entry last changed.', {
      nullable: false,
      readOnly: true,
    }),
    excludedFromPayroll: f.bool('Not paid through payroll.'),
    outgoingInvoiceLineId: f.long(
      'Invoice line the time was billed on; setting it marks the entry invoiced. Line ids change when the invoice is posted (reference B9).',
    ),
    isTransferedToPayroll: f.bool('Sent to payroll (sic, one "r").', { readOnly: true }),
    isInvoiced: f.bool('Whether the time is invoiced.'),
    hourlyRate: f.double('Hourly rate billed.'),
    hourlyCost: f.double('Hourly cost.'),
    minutes: f.long('Minutes worked; must agree with fromTime and toTime.', {
      nullable: false,
      min: 0,
    }),
    billableHours: f.double('Billable hours.'),
    fromTime: f.string('Start time of day (.NET TimeSpan, hh:mm:ss); with toTime or neither.', {
      check: timeOfDay,
      pairedWith: 'toTime',
    }),
    toTime: f.string('End time of day (.NET TimeSpan, hh:mm:ss); with fromTime or neither.', {
      check: timeOfDay,
      pairedWith: 'fromTime',
    }),
    billableAmount: f.double('Billable amount.', { readOnly: true }),
    externalImportReference: f.string('Idempotency key (max 50); a duplicate is refused.', {
      maxLength: 50,
    }),
    breakTime: f.long('Break in minutes.'),
  },
  lockedWhen: {
    field: 'isLocked',
    reason: 'The time entry is locked and can no longer be changed.',
  },
  rowCheck: timeSpanProblems,
  privilege: 'TimeTracking',
  subscription: 'Time',
  operations: CRUD,
  graph: {
    description: 'Logged time (PowerOffice `TimeTracking/TimeTrackingEntry`).',
    list: 'Time entries (`GET /TimeTracking/TimeTrackingEntry`, at most 50 000 rows a call).',
    plural: 'timeTrackingEntries',
  },
});

export type ActivityDto = EntityOf<typeof ActivityResource>;
export type HourTypeDto = EntityOf<typeof HourTypeResource>;
export type TimeTrackingEntryDto = EntityOf<typeof TimeTrackingEntryResource>;
