import { employeeFields, employeeHourlyRateFields } from '../../poweroffice/resources/employee.js';
import { objectFields, overrideType, type Row, typeRef } from '../resource-type.js';
import { partyIdentityOverrides } from './address.js';

/** GoApi.Party.EmployeeTimeHourlyRates: a dated rate, only inside an Employee. */
const EmployeeHourlyRate = typeRef('EmployeeHourlyRate').implement({
  description: 'A dated hourly rate and cost of an employee.',
  fields: (t) =>
    objectFields(t, employeeHourlyRateFields, { idDescription: 'Id of the rate row.' }),
});

/** What an Employee declaration cannot say: addresses, hourly-rate rows, party wording. */
overrideType('Employee', {
  fields: (t) => ({
    ...partyIdentityOverrides(
      t,
      employeeFields,
      'Titles of the contact groups of the employee (`contactGroups` on the wire).',
    ),
    hourlyRates: t.field({
      type: [EmployeeHourlyRate],
      nullable: { list: false, items: false },
      description: employeeFields.hourlyRates.description,
      resolve: (e) => (e.hourlyRates as Row[] | undefined) ?? [],
    }),
  }),
});
