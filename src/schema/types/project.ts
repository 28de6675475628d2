import { EmployeeResource } from '../../poweroffice/resources/employee.js';
import {
  ProjectActivityViewResource,
  ProjectTeamMemberViewResource,
} from '../../poweroffice/resources/project-team.js';
import { ActivityResource } from '../../poweroffice/resources/time-tracking.js';
import { upstream } from '../cost.js';
import { overrideType, type Row, typeRef } from '../resource-type.js';

/**
 * What the Project declaration cannot say: what `allowAllActivities` and `allowAllEmployees`
 * mean (reference B17: "if false, use the Activity / TeamMember sub-resources"). The emulator
 * enforces the same rule on time entries (emulator/rules-time.ts). Each level costs one batched
 * call per resource, whatever the number of projects: the activity list is read once per
 * operation, the listed rows in one batch, their activities in one more.
 */
overrideType('Project', {
  fields: (t) => ({
    allowedActivities: t.field({
      type: [typeRef('Activity')],
      nullable: { list: false, items: false },
      description:
        'Activities time may be logged with on this project: every active activity when ' +
        '`allowAllActivities` is not false, else only those listed in `activities` (reference B17).',
      extensions: upstream({ calls: 'batched' }),
      resolve: async (row, _args, ctx) => {
        if (row.allowAllActivities !== false) {
          const all = await ctx.loaders.list(ActivityResource, {
            filter: { op: 'eq', field: 'isActive', value: true },
            orderBy: [{ field: 'code', direction: 'asc' }],
          });
          return all.items as Row[];
        }
        if (typeof row.code !== 'string') return [];
        const listed = await ctx.loaders
          .related(ProjectActivityViewResource, 'projectCode', {})
          .load(row.code);
        const codes = listed
          .map((r) => r.activityCode)
          .filter((c): c is string => typeof c === 'string');
        const found = await ctx.loaders.byKey(ActivityResource, 'code').loadMany(codes);
        return present(found);
      },
    }),
    allowedEmployees: t.field({
      type: [typeRef('Employee')],
      nullable: { list: true, items: false },
      description:
        'Employees who may log time on this project: null when `allowAllEmployees` is not false ' +
        '(every employee may), else the team members in `teamMembers` (reference B17).',
      extensions: upstream({ calls: 'batched' }),
      resolve: async (row, _args, ctx) => {
        if (row.allowAllEmployees !== false) return null;
        if (typeof row.code !== 'string') return [];
        const team = await ctx.loaders
          .related(ProjectTeamMemberViewResource, 'projectCode', {})
          .load(row.code);
        const codes = team
          .map((r) => r.employeeCode)
          .filter((c): c is number => typeof c === 'number');
        const found = await ctx.loaders.byKey(EmployeeResource, 'code').loadMany(codes);
        return present(found);
      },
    }),
  }),
});

/** The rows a batched lookup found; a failed batch fails the field rather than hiding rows. */
function present(found: readonly unknown[]): Row[] {
  const failed = found.find((r) => r instanceof Error);
  if (failed) throw failed;
  return found.filter((r): r is Row => r !== null && typeof r === 'object');
}
