// Projects' activities and teams, payroll and time tracking (issue 11) through the real server
// against the emulator over loopback: reads equal the emulator's rows, every level of a nested
// query costs one upstream call, writes succeed and fail as the reference says with typed
// results, and time tracking without the Time subscription answers a typed error beside the data.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLoaders } from '../src/loaders/index.js';
import type { RequestTracker } from '../src/poweroffice/client.js';
import { TimeTrackingEntryResource } from '../src/poweroffice/resources/time-tracking.js';
import { call } from './emulator-support.js';
import { costOf, filterOf, gid, type Harness, startHarness, useHarness } from './graph-harness.js';

type Row = Record<string, unknown>;

const h = useHarness({ env: { POWEROFFICE_CACHE_TTL_MS: '0' } });

beforeEach(() => {
  h.emulator.reset();
});

const rows = (name: string) => h.emulator.rows(name) as readonly Row[];
const sorted = <T>(xs: readonly T[]) => [...xs].sort();

describe('project activities and team members', () => {
  it('load for every project with one call per level, equal to the global views', async () => {
    const res = await h.gql<{
      projects: {
        nodes: {
          code: string;
          allowAllActivities: boolean | null;
          activities: { databaseId: number; name: string; activity: { code: string } }[];
          teamMembers: { employeeCode: number; employee: { code: number } }[];
        }[];
      };
    }>(`{
      projects(first: 50) { nodes {
        code allowAllActivities
        activities { databaseId name activity { code } }
        teamMembers { employeeCode employee { code } }
      } }
    }`);
    expect(res.errors).toBeUndefined();
    const projects = res.data?.projects.nodes ?? [];
    expect(projects.length).toBe(rows('Project').length);
    for (const p of projects) {
      const own = rows('ProjectActivity').filter((r) => r.projectCode === p.code);
      expect(sorted(p.activities.map((a) => a.databaseId))).toEqual(sorted(own.map((r) => r.id)));
      for (const a of p.activities) {
        const row = own.find((r) => r.id === a.databaseId);
        expect(a.activity.code).toBe(row?.activityCode);
        expect(a.name).toBe(rows('Activity').find((x) => x.code === row?.activityCode)?.name);
      }
      const team = rows('ProjectTeamMember').filter((r) => r.projectCode === p.code);
      expect(sorted(p.teamMembers.map((m) => m.employee.code))).toEqual(
        sorted(team.map((r) => r.employeeCode)),
      );
    }
    // The seed has restricted projects with listed activities (the test must be able to fail).
    expect(projects.some((p) => p.allowAllActivities === false && p.activities.length > 0)).toBe(
      true,
    );
    const cost = costOf(h.upstream());
    expect(cost).toEqual({
      'Project.list': 1,
      'ProjectActivityView.list': 1,
      'ProjectTeamMemberView.list': 1,
      'Activity.list': 1,
      'Employee.list': 1,
    });
  });

  it('allowedActivities and allowedEmployees mean what allowAll* say (reference B17)', async () => {
    const res = await h.gql<{
      projects: {
        nodes: {
          code: string;
          allowAllActivities: boolean | null;
          allowAllEmployees: boolean | null;
          allowedActivities: { code: string }[];
          allowedEmployees: { code: number }[] | null;
        }[];
      };
    }>(`{
      projects(first: 50) { nodes {
        code allowAllActivities allowAllEmployees
        allowedActivities { code } allowedEmployees { code }
      } }
    }`);
    expect(res.errors).toBeUndefined();
    const active = rows('Activity')
      .filter((a) => a.isActive !== false)
      .map((a) => a.code);
    const nodes = res.data?.projects.nodes ?? [];
    expect(nodes.some((p) => p.allowAllEmployees === false)).toBe(true);
    for (const p of nodes) {
      const got = sorted(p.allowedActivities.map((a) => a.code));
      if (p.allowAllActivities === false) {
        const listed = rows('ProjectActivity')
          .filter((r) => r.projectCode === p.code)
          .map((r) => r.activityCode);
        expect(got).toEqual(sorted(listed));
      } else expect(got).toEqual(sorted(active));
      if (p.allowAllEmployees === false) {
        const team = rows('ProjectTeamMember')
          .filter((r) => r.projectCode === p.code)
          .map((r) => r.employeeCode);
        expect(sorted(p.allowedEmployees?.map((e) => e.code) ?? [])).toEqual(sorted(team));
      } else expect(p.allowedEmployees).toBeNull();
    }
    // One activity list for all unrestricted projects, one batch each for the restricted ones.
    const cost = costOf(h.upstream());
    // The full list primes the by-code loader, so the restricted projects' lookups may find
    // their activities there: one or two calls, never one per project.
    expect(cost['Activity.list']).toBeGreaterThanOrEqual(1);
    expect(cost['Activity.list']).toBeLessThanOrEqual(2);
    expect(cost['ProjectActivityView.list']).toBe(1);
    expect(cost['ProjectTeamMemberView.list']).toBe(1);
    expect(cost['Employee.list']).toBe(1);
  });

  it('creates, updates and deletes under /Project/{id}/Activity; the name is the activity’s', async () => {
    const project = rows('Project').find((p) => p.allowAllActivities !== false) as Row;
    const listed = rows('ProjectActivity').filter((r) => r.projectCode === project.code);
    const activity = rows('Activity').find(
      (a) => !listed.some((r) => r.activityCode === a.code),
    ) as Row;
    const projectId = (
      await h.gql<{ project: { id: string } }>('query($c:String!){ project(code:$c){ id } }', {
        c: project.code,
      })
    ).data?.project.id;
    const created = await h.gql<{
      createProjectActivity: {
        __typename: string;
        projectActivity?: {
          id: string;
          databaseId: number;
          name: string;
          projectCode: string;
          hourlyRate: number;
        };
      };
    }>(
      `mutation($p: ID!, $a: String!) { createProjectActivity(input: { projectId: $p, data: { activityCode: $a, hourlyRate: 1234 } }) {
        __typename ... on CreateProjectActivityPayload { projectActivity { id databaseId name projectCode hourlyRate } }
      } }`,
      { p: projectId, a: activity.code },
    );
    const pa = created.data?.createProjectActivity.projectActivity;
    expect(created.data?.createProjectActivity.__typename).toBe('CreateProjectActivityPayload');
    expect(pa).toMatchObject({ name: activity.name, projectCode: project.code, hourlyRate: 1234 });
    const posted = h.upstream().filter((r) => r.method === 'POST');
    expect(posted.map((r) => r.path)).toEqual([`/Project/${String(project.id)}/Activity`]);

    // Listing the same activity twice on one project is refused, as a typed result.
    const twice = await h.gql<{ createProjectActivity: { __typename: string } }>(
      `mutation($p: ID!, $a: String!) { createProjectActivity(input: { projectId: $p, data: { activityCode: $a } }) { __typename } }`,
      { p: projectId, a: activity.code },
    );
    expect(twice.data?.createProjectActivity.__typename).toBe('ValidationError');

    h.emulator.reset();
    const updated = await h.gql<{
      updateProjectActivity: { __typename: string; projectActivity?: { hourlyRate: number } };
    }>(
      `mutation($id: ID!) { updateProjectActivity(input: { id: $id, data: { hourlyRate: 1500 } }) {
        __typename ... on UpdateProjectActivityPayload { projectActivity { hourlyRate } }
      } }`,
      { id: pa?.id },
    );
    expect(updated.data?.updateProjectActivity).toEqual({
      __typename: 'UpdateProjectActivityPayload',
      projectActivity: { hourlyRate: 1500 },
    });
    // The row holds only its projectCode: the project's id for the path is looked up by code.
    expect(
      h
        .upstream()
        .filter((r) => r.method === 'POST')
        .map((r) => r.path),
    ).toEqual([`/Project/${String(project.id)}/Activity`]);

    const deleted = await h.gql<{ deleteProjectActivity: { __typename: string } }>(
      'mutation($id: ID!) { deleteProjectActivity(id: $id) { __typename } }',
      { id: pa?.id },
    );
    expect(deleted.data?.deleteProjectActivity.__typename).toBe('DeleteProjectActivityPayload');
    expect(rows('ProjectActivity').some((r) => r.id === pa?.databaseId)).toBe(false);
    expect(rows('ProjectActivity').filter((r) => r.projectCode === project.code)).toHaveLength(
      listed.length,
    );
  });
});

describe('payroll', () => {
  it('pay items have no get-by-id: node lookups are filtered list calls', async () => {
    const item = rows('PayItem')[0] as Row;
    const list = await h.gql<{ payItems: { nodes: { id: string; code: string }[] } }>(
      '{ payItems(first: 20) { nodes { id code } } }',
    );
    const node = list.data?.payItems.nodes.find((n) => n.code === item.code);
    h.emulator.reset();
    const res = await h.gql<{ node: { code: string; name: string; processingType: string } }>(
      'query($id: ID!) { node(id: $id) { ... on PayItem { code name processingType } } }',
      { id: node?.id },
    );
    expect(res.data?.node).toMatchObject({ code: item.code, name: item.name });
    const calls = h.upstream();
    expect(calls).toHaveLength(1);
    expect(calls[0]?.path).toBe('/Payroll/PayItem');
    expect(filterOf(calls[0] as never)?.toLowerCase()).toContain(String(item.id).toLowerCase());
  });

  it('employees list their salary lines with pay items, one call per level', async () => {
    const res = await h.gql<{
      employees: {
        nodes: {
          code: number;
          salaryLines: {
            nodes: {
              databaseId: number;
              isLocked: boolean;
              payItem: { code: string } | null;
              ledgerAccount: { __typename: string; code: number } | null;
            }[];
          };
        }[];
      };
    }>(`{ employees(first: 50) { nodes { code
      salaryLines(first: 20) { nodes { databaseId isLocked payItem { code }
        ledgerAccount { __typename ... on GeneralLedgerAccount { code } } } } } } }`);
    expect(res.errors).toBeUndefined();
    for (const e of res.data?.employees.nodes ?? []) {
      const own = rows('SalaryLine').filter((l) => l.employeeCode === e.code);
      expect(sorted(e.salaryLines.nodes.map((l) => l.databaseId))).toEqual(
        sorted(own.map((l) => l.id)),
      );
      for (const l of e.salaryLines.nodes) {
        const row = own.find((r) => r.id === l.databaseId);
        expect(l.payItem?.code).toBe(row?.payItemCode);
        expect(l.isLocked).toBe(row?.isLocked);
        // The account override resolves through the account-code kind (ledger branch).
        expect(l.ledgerAccount?.code).toBe(row?.account);
        if (row?.account !== undefined)
          expect(l.ledgerAccount?.__typename).toBe('GeneralLedgerAccount');
      }
    }
    expect(rows('SalaryLine').some((l) => l.account !== undefined)).toBe(true);
    expect(costOf(h.upstream())).toEqual({
      'Employee.list': 1,
      'SalaryLine.list': 1,
      'PayItem.list': 1,
      'GeneralLedgerAccount.list': 1,
    });
  });

  it('a salary line on a payroll cannot be changed or deleted (§10); an open one can', async () => {
    const locked = rows('SalaryLine').find((l) => l.isLocked === true) as Row;
    const open = rows('SalaryLine').find((l) => l.isLocked !== true) as Row;
    const ids = await h.gql<{ salaryLines: { nodes: { id: string; databaseId: number }[] } }>(
      '{ salaryLines(first: 100) { nodes { id databaseId } } }',
    );
    const listedId = (row: Row) =>
      ids.data?.salaryLines.nodes.find((n) => n.databaseId === row.id)?.id as string;
    const update = (id: string) =>
      h.gql<{
        updateSalaryLine: {
          __typename: string;
          message?: string;
          fields?: { field: string; message: string }[];
          salaryLine?: { comment: string };
        };
      }>(
        `mutation($id: ID!) { updateSalaryLine(input: { id: $id, data: { comment: "Endret" } }) {
          __typename
          ... on UpdateSalaryLinePayload { salaryLine { comment } }
          ... on ValidationError { message fields { field message } }
        } }`,
        { id },
      );
    const refused = (await update(listedId(locked))).data?.updateSalaryLine;
    expect(refused?.__typename).toBe('ValidationError');
    expect(refused?.message).toMatch(/payroll/);
    expect(rows('SalaryLine').find((l) => l.id === locked.id)?.comment).toBe(locked.comment);

    const del = await h.gql<{ deleteSalaryLine: { __typename: string } }>(
      'mutation($id: ID!) { deleteSalaryLine(id: $id) { __typename } }',
      { id: listedId(locked) },
    );
    expect(del.data?.deleteSalaryLine.__typename).toBe('ConflictError');
    expect(rows('SalaryLine').some((l) => l.id === locked.id)).toBe(true);

    const ok = (await update(listedId(open))).data?.updateSalaryLine;
    expect(ok).toEqual({
      __typename: 'UpdateSalaryLinePayload',
      salaryLine: { comment: 'Endret' },
    });
  });

  it('a salary line without its required pay item is refused before any upstream call', async () => {
    const res = await h.gql<{
      createSalaryLine: { __typename: string; fields?: { field: string }[] };
    }>(`mutation { createSalaryLine(input: { data: { employeeCode: 1, quantity: 1 } }) {
      __typename ... on ValidationError { fields { field } } } }`);
    expect(res.data?.createSalaryLine.__typename).toBe('ValidationError');
    expect(res.data?.createSalaryLine.fields?.map((f) => f.field)).toEqual([
      'input.data.payItemCode',
    ]);
    expect(h.upstream()).toHaveLength(0);
  });
});

describe('time tracking', () => {
  it('entries resolve their six references with one call per level', async () => {
    const res = await h.gql<{
      timeTrackingEntries: {
        nodes: {
          databaseId: number;
          activity: { code: string } | null;
          project: { code: string } | null;
          department: { code: string } | null;
          employee: { code: number } | null;
          customer: { code: number } | null;
          hourType: { description: string } | null;
        }[];
      };
    }>(`{ timeTrackingEntries(first: 100) { nodes { databaseId
      activity { code } project { code } department { code } employee { code }
      customer { code } hourType { description } } } }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.timeTrackingEntries.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(10);
    for (const n of nodes) {
      const row = rows('TimeTrackingEntry').find((r) => r.id === n.databaseId) as Row;
      expect(n.activity?.code).toBe(row.activityCode);
      expect(n.project?.code ?? undefined).toBe(row.projectCode);
      expect(n.department?.code ?? undefined).toBe(row.departmentCode);
      expect(n.employee?.code).toBe(row.employeeCode);
      expect(n.customer?.code ?? undefined).toBe(row.customerCode);
      expect(n.hourType?.description).toBe(row.hourType);
    }
    expect(costOf(h.upstream())).toEqual({
      'TimeTrackingEntry.list': 1,
      'Activity.list': 1,
      'Project.list': 1,
      'Department.list': 1,
      'Employee.list': 1,
      'Customer.list': 1,
      'HourType.list': 1,
    });
  });

  it('customers, projects and employees list their entries, one call per level', async () => {
    const res = await h.gql<{
      customers: { nodes: { code: number; timeTrackingEntries: { totalCount: number } }[] };
      projects: { nodes: { code: string; timeTrackingEntries: { totalCount: number } }[] };
      employees: {
        nodes: { code: number; timeTrackingEntries: { nodes: { databaseId: number }[] } }[];
      };
    }>(`{
      customers(first: 50) { nodes { code timeTrackingEntries(first: 5) { totalCount } } }
      projects(first: 50) { nodes { code timeTrackingEntries(first: 5) { totalCount } } }
      employees(first: 50) { nodes { code timeTrackingEntries(first: 100) { nodes { databaseId } } } }
    }`);
    expect(res.errors).toBeUndefined();
    const entries = rows('TimeTrackingEntry');
    for (const c of res.data?.customers.nodes ?? []) {
      expect(c.timeTrackingEntries.totalCount).toBe(
        entries.filter((e) => e.customerCode === c.code).length,
      );
    }
    for (const p of res.data?.projects.nodes ?? []) {
      expect(p.timeTrackingEntries.totalCount).toBe(
        entries.filter((e) => e.projectCode === p.code).length,
      );
    }
    for (const e of res.data?.employees.nodes ?? []) {
      expect(sorted(e.timeTrackingEntries.nodes.map((n) => n.databaseId))).toEqual(
        sorted(entries.filter((r) => r.employeeCode === e.code).map((r) => r.id)),
      );
    }
    const cost = costOf(h.upstream());
    expect(cost['TimeTrackingEntry.list']).toBe(3);
    expect(cost['Customer.list']).toBe(1);
    expect(cost['Project.list']).toBe(1);
    expect(cost['Employee.list']).toBe(1);
  });

  it('a restricted project refuses activities it does not list and employees off its team', async () => {
    const project = rows('Project').find((p) => p.allowAllActivities === false) as Row;
    const listed = rows('ProjectActivity').filter((r) => r.projectCode === project.code);
    const team = rows('ProjectTeamMember').filter((r) => r.projectCode === project.code);
    const outsider = rows('Employee').find(
      (e) => !team.some((m) => m.employeeCode === e.code),
    ) as Row;
    const unlisted = rows('Activity').find(
      (a) => a.requireProject === true && !listed.some((r) => r.activityCode === a.code),
    ) as Row;
    const create = (activityCode: unknown, employeeCode: unknown) =>
      h.gql<{
        createTimeTrackingEntry: {
          __typename: string;
          fields?: { field: string }[];
          timeTrackingEntry?: {
            minutes: number;
            customerCode: number;
            hourTypeDescription: string;
          };
        };
      }>(
        `mutation($a: String!, $e: Long!, $p: String!) { createTimeTrackingEntry(input: { data: {
          activityCode: $a, employeeCode: $e, projectCode: $p, date: "2026-01-05",
          fromTime: "08:00:00", toTime: "11:30:00", breakTime: 30 } }) {
          __typename
          ... on CreateTimeTrackingEntryPayload { timeTrackingEntry { minutes customerCode hourTypeDescription } }
          ... on ValidationError { fields { field } } } }`,
        { a: activityCode, e: employeeCode, p: project.code },
      );
    const before = rows('TimeTrackingEntry').length;
    const bad = (await create(unlisted.code, outsider.code)).data?.createTimeTrackingEntry;
    expect(bad?.__typename).toBe('ValidationError');
    expect(sorted(bad?.fields?.map((f) => f.field) ?? [])).toEqual([
      'input.data.activityCode',
      'input.data.employeeCode',
    ]);
    expect(rows('TimeTrackingEntry')).toHaveLength(before);

    const good = (await create(listed[0]?.activityCode, team[0]?.employeeCode)).data
      ?.createTimeTrackingEntry;
    expect(good?.__typename).toBe('CreateTimeTrackingEntryPayload');
    // 08:00–11:30 less a 30-minute break; the customer is the project's (§18).
    expect(good?.timeTrackingEntry?.minutes).toBe(180);
    expect(good?.timeTrackingEntry?.customerCode).toBe(project.customerCode);
    expect(good?.timeTrackingEntry?.hourTypeDescription).toBeTruthy();
    expect(rows('TimeTrackingEntry')).toHaveLength(before + 1);
  });

  it('fromTime and toTime are hh:mm:ss and come together or not at all, refused before the write (§18)', async () => {
    type Result = { __typename: string; fields?: { field: string; message: string }[] };
    const timed = rows('TimeTrackingEntry').find(
      (r) => r.fromTime != null && r.toTime != null && r.isLocked !== true,
    ) as Row;
    const base = {
      activityCode: timed.activityCode,
      employeeCode: timed.employeeCode,
      projectCode: timed.projectCode,
    };
    // A client that skips the facade meets PowerOffice's rule in the emulator.
    const direct = (body: Row) =>
      call(h.emulator, h.emulator.issueToken(), 'POST', '/TimeTracking/TimeTrackingEntry', {
        ...base,
        date: '2026-01-05T00:00:00',
        ...body,
      });
    const refused = await direct({ toTime: '10:00:00' });
    // PowerOffice's validation envelope: HTTP 200 with success false (reference A5).
    expect(refused.body.success).toBe(false);
    expect(Object.keys((refused.body.validation as { fields: Row }).fields)).toEqual(['fromTime']);
    const untimed = await direct({ minutes: 60 });
    expect(untimed.body.success).toBe(true);
    const untimedId = (untimed.body.data as Row).id;
    h.emulator.reset();

    // Create: the body is the whole row, so nothing reaches PowerOffice.
    const created = await h.gql<{ one: Result; two: Result }>(
      `mutation($a: String!, $e: Long!, $p: String) {
        one: createTimeTrackingEntry(input: { data: { activityCode: $a, employeeCode: $e,
          projectCode: $p, date: "2026-01-05", fromTime: "08:00:00" } }) {
          __typename ... on ValidationError { fields { field message } } }
        two: createTimeTrackingEntry(input: { data: { activityCode: $a, employeeCode: $e,
          projectCode: $p, date: "2026-01-05", fromTime: "25:00", toTime: "9 o'clock" } }) {
          __typename ... on ValidationError { fields { field message } } } }`,
      { a: base.activityCode, e: base.employeeCode, p: base.projectCode },
    );
    const one = created.data?.one;
    expect(one?.__typename).toBe('ValidationError');
    expect(one?.fields?.map((f) => f.field)).toEqual(['input.data.toTime']);
    expect(one?.fields?.[0]?.message).toMatch(/together/);
    const two = created.data?.two;
    expect(two?.__typename).toBe('ValidationError');
    expect(sorted(two?.fields?.map((f) => f.field) ?? [])).toEqual([
      'input.data.fromTime',
      'input.data.toTime',
    ]);
    expect(h.upstream()).toHaveLength(0);

    // Update: the pair is checked on the stored row with the change, after the read the update
    // makes anyway and before any write.
    // Global ids are base64 of `Typename:databaseId` (schema/builder.ts).
    const idOf = (dbId: unknown) => gid('TimeTrackingEntry', dbId);
    const update = (id: string | undefined, change: string) =>
      h.gql<{ updateTimeTrackingEntry: Result }>(
        `mutation($id: ID!) { updateTimeTrackingEntry(input: { id: $id, data: { ${change} } }) {
          __typename ... on ValidationError { fields { field } } } }`,
        { id },
      );
    const half = (await update(idOf(untimedId), 'fromTime: "08:00:00"')).data
      ?.updateTimeTrackingEntry;
    expect(half?.__typename).toBe('ValidationError');
    expect(half?.fields?.map((f) => f.field)).toEqual(['input.data.toTime']);
    expect(h.upstream().filter((r) => r.method !== 'GET')).toHaveLength(0);
    expect(rows('TimeTrackingEntry').find((r) => r.id === untimedId)?.fromTime).toBeUndefined();
    // An entry that has both keeps both when one of them changes: that is allowed.
    const moved = (await update(idOf(timed.id), 'fromTime: "07:00:00", minutes: 0')).data
      ?.updateTimeTrackingEntry;
    expect(moved?.__typename).toBe('UpdateTimeTrackingEntryPayload');
    expect(rows('TimeTrackingEntry').find((r) => r.id === timed.id)?.fromTime).toBe('07:00:00');
  });

  it('minutes agree with the times, which run forward (§18), refused before the write', async () => {
    type Result = { __typename: string; fields?: { field: string }[] };
    const timed = rows('TimeTrackingEntry').find(
      (r) => r.fromTime != null && r.toTime != null && r.isLocked !== true,
    ) as Row;
    const base = `activityCode: "${String(timed.activityCode)}", employeeCode: ${String(timed.employeeCode)},
      ${timed.projectCode ? `projectCode: "${String(timed.projectCode)}",` : ''} date: "2026-01-05"`;
    const res = await h.gql<{ backwards: Result; disagree: Result; negative: Result }>(`mutation {
      backwards: createTimeTrackingEntry(input: { data: { ${base}, fromTime: "12:00:00", toTime: "08:00:00" } }) {
        __typename ... on ValidationError { fields { field } } }
      disagree: createTimeTrackingEntry(input: { data: { ${base}, fromTime: "08:00:00", toTime: "10:00:00", minutes: 100 } }) {
        __typename ... on ValidationError { fields { field } } }
      negative: createTimeTrackingEntry(input: { data: { ${base}, minutes: -5 } }) {
        __typename ... on ValidationError { fields { field } } }
    }`);
    expect(res.data?.backwards.fields?.map((f) => f.field)).toEqual(['input.data.toTime']);
    expect(res.data?.disagree.fields?.map((f) => f.field)).toEqual(['input.data.minutes']);
    expect(res.data?.negative.fields?.map((f) => f.field)).toEqual(['input.data.minutes']);
    expect(h.upstream()).toHaveLength(0);
    // An update that moves a time but keeps the stored minutes would leave them wrong.
    const id = gid('TimeTrackingEntry', timed.id);
    const moved = await h.gql<{ updateTimeTrackingEntry: Result }>(
      `mutation($id: ID!) { updateTimeTrackingEntry(input: { id: $id, data: { fromTime: "00:00:00" } }) {
        __typename ... on ValidationError { fields { field } } } }`,
      { id },
    );
    expect(moved.data?.updateTimeTrackingEntry.fields?.map((f) => f.field)).toEqual([
      'input.data.minutes',
    ]);
    expect(h.upstream().filter((r) => r.method !== 'GET')).toHaveLength(0);
  });

  it('a hour type is found by its description text', async () => {
    const ht = rows('HourType')[1] as Row;
    const res = await h.gql<{ hourType: { databaseId: number; payItem: { code: string } } }>(
      'query($d: String!) { hourType(description: $d) { databaseId payItem { code } } }',
      { d: ht.description },
    );
    expect(res.data?.hourType).toEqual({
      databaseId: ht.id,
      payItem: { code: ht.payItemCode },
    });
  });

  it('the 50 000-row cap is paged past, never silently truncated', async () => {
    // Emulator and loaders share a lowered cap: one employee's entries take several pages.
    h.emulator.configure({ maxRows: { TimeTrackingEntry: 3 } });
    try {
      const loaders = createLoaders(h.client, { requests: 0, cacheHits: 0 } as RequestTracker, {
        maxRows: { TimeTrackingEntry: 3 },
      });
      // The employee with the most entries.
      const entriesOf = (code: unknown) =>
        rows('TimeTrackingEntry').filter((e) => e.employeeCode === code);
      const employee = rows('Employee')
        .map((e) => e.code as number)
        .sort((a, b) => entriesOf(b).length - entriesOf(a).length)[0] as number;
      const stored = entriesOf(employee);
      expect(stored.length).toBeGreaterThan(3);
      h.emulator.reset();
      const got = await loaders
        .related(TimeTrackingEntryResource, 'employeeCode', {})
        .load(employee);
      expect(sorted(got.map((e) => e.id))).toEqual(sorted(stored.map((e) => e.id)));
      expect(h.upstream()).toHaveLength(Math.ceil(stored.length / 3));
    } finally {
      h.emulator.configure({ maxRows: {} });
    }
  });

  it('a cap the facade does not know is an error on the field, not a cut list', async () => {
    // The knob lowers the emulator's cap; a facade unaware of it gets PowerOffice's refusal as
    // an error on the field rather than a cut list.
    h.emulator.configure({ maxRows: { TimeTrackingEntry: 3 } });
    try {
      const res = await h.gql<{
        employees: { nodes: { timeTrackingEntries: { totalCount: number } }[] } | null;
      }>('{ employees(first: 50) { nodes { timeTrackingEntries(first: 2) { totalCount } } } }');
      const err = res.errors?.[0];
      expect(err?.extensions?.code).toBeDefined();
      expect(err?.path).toContain('timeTrackingEntries');
    } finally {
      h.emulator.configure({ maxRows: {} });
    }
  });
});

describe('the time report (accounting reference §17)', () => {
  it('lists the entries of the date range with their names joined, narrowed by payroll', async () => {
    const days = rows('TimeTrackingEntry')
      .map((e) => String(e.date).slice(0, 10))
      .sort();
    const from = days[Math.floor(days.length / 2)] as string;
    const to = days[days.length - 1] as string;
    const res = await h.gql<{
      timeTransactions: {
        totalCount: number;
        nodes: { id: number; activityName: string; employee: { code: number }; hours: number }[];
      };
    }>(
      `query($f: Date!, $t: Date!) { timeTransactions(fromDate: $f, toDate: $t, first: 100) {
        totalCount nodes { id: databaseId activityName employee { code } hours } } }`,
      { f: from, t: to },
    );
    expect(res.errors).toBeUndefined();
    const want = rows('TimeTrackingEntry').filter((e) => {
      const d = String(e.date).slice(0, 10);
      return d >= from && d <= to;
    });
    expect(res.data?.timeTransactions.totalCount).toBe(want.length);
    for (const n of res.data?.timeTransactions.nodes ?? []) {
      const e = want.find((w) => w.id === n.id) as Row;
      expect(n.employee.code).toBe(e.employeeCode);
      expect(n.activityName).toBe(rows('Activity').find((a) => a.code === e.activityCode)?.name);
      expect(n.hours).toBe(Math.round(((e.minutes as number) / 60) * 100) / 100);
    }
    const calls = h.upstream().filter((r) => r.resource === 'TimeTransaction');
    expect(calls.length).toBeGreaterThan(0);
    expect(new URLSearchParams(calls[0]?.query).get('fromDate')).toBe(from);
    expect(costOf(h.upstream())['Employee.list']).toBe(1);

    // No seeded time is on a payroll number: the narrowed report is empty, not the full one.
    const narrowed = await h.gql<{ timeTransactions: { totalCount: number } }>(
      `query($f: Date!, $t: Date!) { timeTransactions(fromDate: $f, toDate: $t, payrollNo: 7) { totalCount } }`,
      { f: from, t: to },
    );
    expect(narrowed.data?.timeTransactions.totalCount).toBe(0);
  });
});

describe('without the Time subscription', () => {
  let gated: Harness;
  beforeAll(async () => {
    gated = await startHarness({
      env: { POWEROFFICE_CACHE_TTL_MS: '0' },
      emulator: { subscriptions: ['Accounting', 'Invoicing', 'Payroll'] },
    });
  });
  afterAll(async () => {
    await gated.close();
  });

  it('a passthrough call to a gated route names every blocked privilege the token lists', async () => {
    const refused = await gated.client.request('GET', '/TimeTracking/TimeTrackingEntry').then(
      () => undefined,
      (e: unknown) => e as { code?: string; blockedPrivileges?: string[] },
    );
    expect(refused?.code).toBe('FORBIDDEN');
    // The route's resource name ('TimeTracking') declares no privilege: nothing to narrow by.
    expect(refused?.blockedPrivileges).toContain('TimeTracking_Full');
    expect(refused?.blockedPrivileges).toContain('Reporting_TimeTransaction_Full');
  });

  it('time fields answer a typed error naming the blocked privileges; the rest has its data', async () => {
    const res = await gated.gql<{
      customers: { nodes: { code: number; name: string; timeTrackingEntries: unknown }[] };
      timeTrackingEntries: unknown;
      salaryLines: { totalCount: number };
    }>(`{
      customers(first: 3) { nodes { code name timeTrackingEntries(first: 2) { totalCount } } }
      timeTrackingEntries(first: 2) { nodes { databaseId } }
      salaryLines(first: 1) { totalCount }
    }`);
    const customers = res.data?.customers.nodes ?? [];
    expect(customers.map((c) => c.code)).toEqual(
      rows('Customer')
        .map((c) => c.code)
        .slice(0, 3),
    );
    expect(customers.every((c) => c.timeTrackingEntries === null)).toBe(true);
    expect(res.data?.timeTrackingEntries).toBeNull();
    expect(res.data?.salaryLines.totalCount).toBe(rows('SalaryLine').length);
    const errors = res.errors ?? [];
    expect(errors.length).toBe(customers.length + 1);
    for (const e of errors) {
      expect(e.extensions?.code).toBe('FORBIDDEN');
      // The privilege of the resource called, not every privilege the token lists as blocked.
      expect(e.extensions?.missingPrivileges).toEqual(['TimeTracking_Full']);
      expect(e.message).toContain('TimeTracking_Full');
    }
    const report = await gated.gql<{ timeTransactions: unknown }>(
      '{ timeTransactions(fromDate: "2020-01-01", toDate: "2030-01-01") { totalCount } }',
    );
    expect(report.data?.timeTransactions).toBeNull();
    expect(report.errors?.[0]?.extensions?.missingPrivileges).toEqual([
      'Reporting_TimeTransaction_Full',
    ]);
    // The emulator refused with 403 (reference §0), and nothing secret went out.
    const refused = gated.upstream().filter((r) => r.status === 403);
    expect(refused.map((r) => r.resource)).toContain('TimeTrackingEntry');
    expect(JSON.stringify(res)).not.toMatch(/Bearer|eyJ/);
  });
});
