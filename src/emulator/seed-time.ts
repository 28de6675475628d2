import { createPrng, subSeed } from './prng.js';
import { DAY_MS, formatDateTime, formatDateTimeOffset, type Row } from './wire.js';

/**
 * Seed of projects' activities and teams, payroll and time tracking (issue 11), built on the
 * rows `generateSeed` already made and drawn from a stream of its own, so the other tables'
 * random sequence stays as it was. Every code points at a seeded row.
 */

/** Pay items (accounting reference §9): code, name, processing type, benefit. */
const PAY_ITEMS: readonly [string, string, number, string][] = [
  ['100', 'Fastlønn', 20, 'fastloenn'],
  ['110', 'Timelønn', 30, 'timeloenn'],
  ['120', 'Overtid 50 %', 40, 'overtidsgodtgjoerelse'],
  ['121', 'Overtid 100 %', 40, 'overtidsgodtgjoerelse'],
  ['300', 'Feriepenger', 50, 'feriepenger'],
  ['510', 'Utlegg', 80, 'reiseutgifter'],
  ['900', 'Bonus (utgått)', 0, 'bonus'],
];

/** Hour types (§18): description (the natural key), pay item, flexitime and cost factors. */
const HOUR_TYPES: readonly [string, string, number, number][] = [
  ['Normaltid', '110', 1, 1],
  ['Overtid 50 %', '120', 1.5, 1.5],
  ['Overtid 100 %', '121', 2, 2],
  ['Reisetid', '110', 1, 1],
];

/** Activities (§18): code, name, type, rate, hour type, requireProject. */
const ACTIVITIES: readonly [string, string, number, number, string | undefined, boolean][] = [
  ['100', 'Konsulenttimer', 100, 1150, undefined, true],
  ['200', 'Prosjektledelse', 100, 1350, undefined, true],
  ['300', 'Internmøter', 250, 0, undefined, false],
  ['700', 'Ferie', 700, 0, undefined, false],
  ['800', 'Overtid', 100, 1725, 'Overtid 100 %', true],
  ['802', 'Reise', 200, 0, 'Reisetid', true],
];

const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

export function seedTime(o: {
  readonly seed: number;
  readonly today: number;
  readonly tables: Readonly<Record<string, Row[]>>;
}): Record<string, Row[]> {
  const prng = createPrng(subSeed(o.seed, 'time'));
  const stamp = (days: number) => formatDateTimeOffset(o.today - days * DAY_MS);
  const employees = o.tables.Employee ?? [];
  const projects = o.tables.Project ?? [];
  const products = o.tables.Product ?? [];

  const payItems: Row[] = PAY_ITEMS.map(([code, name, processingType, benefit]) => ({
    id: prng.guid(),
    code,
    name,
    isActive: code !== '900',
    benefit,
    description: name,
    processingType,
  }));
  const hourTypes: Row[] = HOUR_TYPES.map(([description, payItemCode, flex, cost], i) => ({
    id: i + 1,
    description,
    payItemCode,
    flexTimeFactor: flex,
    costPriceFactor: cost,
    isActive: true,
    lastChanged: stamp(400 + i),
  }));
  const activities: Row[] = ACTIVITIES.map(
    ([code, name, type, rate, hourType, needsProject], i) => ({
      id: i + 1,
      activityType: type,
      code,
      name,
      hourlyRate: rate,
      // Billable activities invoice a product (§18); the first products are services or goods alike.
      productCode: type === 100 ? products[i % Math.max(1, products.length)]?.code : undefined,
      isActive: true,
      lastChanged: stamp(300 + i),
      hourType,
      isLockedHourType: hourType !== undefined,
      useEmployeeDefaultHourType: false,
      useRegularHoursHourType: hourType === undefined,
      requireProject: needsProject,
      requireExternalComment: false,
    }),
  );
  const activity = new Map(activities.map((a) => [a.code, a]));

  // Every third project is restricted (B17): only its listed activities and team may log time.
  const projectActivities: Row[] = [];
  const teamMembers: Row[] = [];
  projects.forEach((p, i) => {
    const restricted = i % 3 === 1;
    p.allowAllActivities = !restricted;
    p.allowAllEmployees = !restricted;
    const listed = restricted ? ['100', '200'] : i % 3 === 0 ? ['100'] : [];
    for (const code of listed) {
      const a = activity.get(code) as Row;
      projectActivities.push({
        id: projectActivities.length + 1,
        activityCode: code,
        projectCode: p.code,
        // A project-specific rate on some rows; null takes the activity's (B17).
        hourlyRate: i % 2 === 0 ? (p.billableRate as number | undefined) : undefined,
        isBillable: true,
        name: a.name,
      });
    }
    const team = new Set<number>([p.projectManagerCode as number]);
    if (restricted)
      while (team.size < Math.min(3, employees.length))
        team.add(prng.pick(employees).code as number);
    for (const employeeCode of team) {
      teamMembers.push({
        id: teamMembers.length + 1,
        employeeCode,
        projectCode: p.code,
        hourlyRate: p.billableRate,
        budgetHours: prng.int(4, 40) * 10,
      });
    }
  });

  const entries: Row[] = [];
  const employee = new Map(employees.map((e) => [e.code, e]));
  const addEntry = (e: Row, a: Row, p: Row | undefined, daysAgo: number, rate?: number) => {
    const start = 8 * 60 + prng.int(0, 4) * 15;
    const minutes = prng.int(2, 32) * 15;
    const billable = a.activityType === 100;
    const hourlyRate = rate ?? (a.hourlyRate as number);
    const billableHours = billable ? minutes / 60 : 0;
    // Older than four weeks: approved and locked (§18 isLocked).
    const locked = daysAgo > 28;
    entries.push({
      id: entries.length + 1,
      activityCode: a.code,
      projectCode: p?.code,
      departmentCode: e.departmentCode,
      employeeCode: e.code,
      customerCode: p?.customerCode,
      hourType: (a.hourType as string | undefined) ?? 'Normaltid',
      date: formatDateTime(o.today - daysAgo * DAY_MS),
      hours: Math.round((minutes / 60) * 100) / 100,
      isLocked: locked,
      comment: p ? `Arbeid på ${p.name as string}` : undefined,
      lastChanged: stamp(Math.max(0, daysAgo - 1)),
      excludedFromPayroll: !billable,
      isTransferedToPayroll: locked,
      isInvoiced: false,
      hourlyRate,
      hourlyCost: 650,
      minutes,
      billableHours,
      fromTime: time(start),
      toTime: time(start + minutes),
      billableAmount: Math.round(billableHours * hourlyRate * 100) / 100,
      breakTime: 0,
    });
  };
  projects.forEach((p, i) => {
    const listed = projectActivities.filter((pa) => pa.projectCode === p.code);
    const team = teamMembers.filter((m) => m.projectCode === p.code);
    const pool =
      p.allowAllActivities === false
        ? listed.map((pa) => pa.activityCode)
        : ['100', '200', '800', '802'];
    for (let k = 0; k < 4 + (i % 3); k++) {
      const e =
        p.allowAllEmployees === false
          ? employee.get(prng.pick(team).employeeCode)
          : prng.pick(employees);
      const a = activity.get(prng.pick(pool));
      const rate = listed.find((pa) => pa.activityCode === a?.code)?.hourlyRate as
        | number
        | undefined;
      if (e && a) addEntry(e, a, p, prng.int(0, 60), rate);
    }
  });
  // Internal time without a project.
  for (const e of employees) addEntry(e, activity.get('300') as Row, undefined, prng.int(0, 20));

  // Salary lines (§10): a fixed salary per employee and overtime on projects; the lines of the
  // first half of the employees are already on a payroll (locked).
  const salaryLines: Row[] = [];
  employees.forEach((e, i) => {
    const locked = i < employees.length / 2;
    salaryLines.push({
      id: salaryLines.length + 1,
      employeeCode: e.code,
      payItemCode: '100',
      quantity: 1,
      rate: prng.int(38, 75) * 1000,
      amount: undefined,
      departmentCode: e.departmentCode,
      // An account override on every other line (§10: account → a ledger account code).
      account: i % 2 === 1 ? 5000 : undefined,
      comment: 'Månedslønn',
      isLocked: locked,
      isDeletedByUser: false,
    });
    const p = projects.length > 0 ? prng.pick(projects) : undefined;
    if (i % 2 === 0 && p) {
      const hours = prng.int(2, 12);
      salaryLines.push({
        id: salaryLines.length + 1,
        employeeCode: e.code,
        payItemCode: prng.pick(['120', '121']),
        quantity: hours,
        rate: 450,
        amount: hours * 450,
        projectCode: p.code,
        departmentCode: e.departmentCode,
        comment: `Overtid ${p.name as string}`,
        isLocked: locked,
        isDeletedByUser: false,
      });
    }
  });
  // An expense refund with its VAT code (§10: vatCode, e.g. for ExpenseRefund pay items).
  const refunded = employees[1] ?? employees[0];
  if (refunded) {
    salaryLines.push({
      id: salaryLines.length + 1,
      employeeCode: refunded.code,
      payItemCode: '510',
      quantity: 1,
      rate: 1250,
      vatCode: '1',
      comment: 'Utlegg parkering',
      isLocked: false,
      isDeletedByUser: false,
    });
  }
  for (const l of salaryLines) l.amount ??= (l.quantity as number) * (l.rate as number);

  return {
    PayItem: payItems,
    HourType: hourTypes,
    Activity: activities,
    ProjectActivity: projectActivities,
    ProjectTeamMember: teamMembers,
    TimeTrackingEntry: entries,
    SalaryLine: salaryLines,
  };
}
