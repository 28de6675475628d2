import { f } from './fields.js';
import { CRUD, defineResource, type EntityOf, READ_ONLY } from './resource.js';

/**
 * Project activities and team members (reference B17): written under `/Project/{parentId}/…`,
 * whose body carries no project (the path does), and read through the global read-only views
 * `/ProjectActivity` and `/ProjectTeamMember`, so the activities of many projects load in one
 * call. A row holds its project only as the read-only `projectCode`, hence `parent.key: 'code'`.
 */

const projectCode = (what: string, inverse: string, description: string) =>
  f.string(`Project the ${what} belongs to (Project.code); set from the path.`, {
    readOnly: true,
    ref: {
      to: 'Project',
      description: `The project the ${what} belongs to.`,
      inverse: { name: inverse, description, plainList: true },
    },
  });

export const projectActivityFields = {
  id: f.long('PowerOffice id of the project activity. Send it to update.', { readOnly: true }),
  activityCode: f.string('The time-tracking activity (Activity.code).', {
    required: true,
    ref: {
      to: 'Activity',
      description: 'The time-tracking activity (by activityCode).',
      inverse: {
        name: 'projectActivities',
        description: 'Where projects list this activity, batched across activities.',
      },
    },
  }),
  projectCode: projectCode(
    'activity',
    'activities',
    'Activities listed on the project, batched across projects (reference B17). When ' +
      '`allowAllActivities` is false only these may be used on time entries; see ' +
      '`allowedActivities` for what may be used.',
  ),
  isBillable: f.bool("Billable on this project; null takes the activity's."),
  hourlyRate: f.double("Hourly rate on this project; null takes the activity's."),
  name: f.string("The activity's name.", { readOnly: true }),
} as const;

export const ProjectActivityResource = defineResource({
  name: 'ProjectActivity',
  path: '/Project/{parentId}/Activity',
  idKind: 'long',
  fields: projectActivityFields,
  parent: { resource: 'Project', param: 'parentId', field: 'projectCode', key: 'code' },
  readVia: 'ProjectActivityView',
  privilege: 'Project',
  operations: CRUD,
  graph: {
    description: 'An activity listed on a project (PowerOffice `ProjectActivity`).',
    list: 'Activities listed on projects (`GET /ProjectActivity`).',
    plural: 'projectActivities',
  },
});

/** `GET /ProjectActivity[/{id}]`: the global read-only view (reference B17). */
export const ProjectActivityViewResource = defineResource({
  name: 'ProjectActivityView',
  path: '/ProjectActivity',
  idKind: 'long',
  fields: projectActivityFields,
  table: 'ProjectActivity',
  privilege: 'Project',
  operations: READ_ONLY,
});

export const projectTeamMemberFields = {
  id: f.long('PowerOffice id of the team member. Send it to update.', { readOnly: true }),
  employeeCode: f.long('The employee (Employee.code).', {
    required: true,
    ref: {
      to: 'Employee',
      description: 'The employee (by employeeCode).',
      inverse: {
        name: 'projectMemberships',
        description: 'Projects the employee is a team member of, batched across employees.',
      },
    },
  }),
  projectCode: projectCode(
    'team member',
    'teamMembers',
    'Team members of the project, batched across projects (reference B17). When ' +
      '`allowAllEmployees` is false only they may log time on it.',
  ),
  hourlyRate: f.double('Hourly rate of the member on this project.'),
  budgetHours: f.double('Hours budgeted for the member.'),
} as const;

export const ProjectTeamMemberResource = defineResource({
  name: 'ProjectTeamMember',
  path: '/Project/{parentId}/TeamMember',
  idKind: 'long',
  fields: projectTeamMemberFields,
  parent: { resource: 'Project', param: 'parentId', field: 'projectCode', key: 'code' },
  readVia: 'ProjectTeamMemberView',
  privilege: 'Project',
  operations: CRUD,
  graph: {
    description: 'An employee on a project team (PowerOffice `ProjectTeamMember`).',
    list: 'Team members of projects (`GET /ProjectTeamMember`).',
  },
});

/** `GET /ProjectTeamMember[/{id}]`: the global read-only view (reference B17). */
export const ProjectTeamMemberViewResource = defineResource({
  name: 'ProjectTeamMemberView',
  path: '/ProjectTeamMember',
  idKind: 'long',
  fields: projectTeamMemberFields,
  table: 'ProjectTeamMember',
  privilege: 'Project',
  operations: READ_ONLY,
});

export type ProjectActivityDto = EntityOf<typeof ProjectActivityResource>;
export type ProjectTeamMemberDto = EntityOf<typeof ProjectTeamMemberResource>;
