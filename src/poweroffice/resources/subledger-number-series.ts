import { AgricultureDepartment, SubledgerNumberSeriesType } from './enums.js';
import { f } from './fields.js';
import { defineResource, type EntityOf, READ_ONLY } from './resource.js';

/**
 * GoApi SubledgerNumberSeries ("Reskontronummerserier", accounting.md §2), read-only: the code
 * range of each sub-ledger (customers, suppliers, employees) and its control account. The
 * ranges are what tells a sub-ledger code from a ledger account code (`account-code.ts`).
 */
export const SubledgerNumberSeriesResource = defineResource({
  name: 'SubledgerNumberSeries',
  path: '/SubledgerNumberSeries',
  idKind: 'guid',
  fields: {
    id: f.guid('PowerOffice id of the series.', { nullable: false, readOnly: true }),
    type: f.enum(SubledgerNumberSeriesType, 'Which sub-ledger the series numbers.', {
      nullable: false,
    }),
    fromInclusive: f.long('First code of the range.', { nullable: false, readOnly: true }),
    toInclusive: f.long('Last code of the range.', { nullable: false, readOnly: true }),
    generalLedgerAccountCode: f.long('Control account (GeneralLedgerAccount.code).', {
      nullable: false,
      readOnly: true,
      ref: {
        to: 'GeneralLedgerAccount',
        as: 'generalLedgerAccount',
        description: 'The control account the sub-ledger is summed on.',
        inverse: {
          name: 'subledgerNumberSeries',
          description: 'Sub-ledger number series whose control account this is.',
          plainList: true,
        },
        blocksDelete: true,
      },
    }),
    generalLedgerAccountAgricultureDepartment: f.enum(
      AgricultureDepartment,
      'Agriculture department of the control account.',
    ),
    name: f.string('Name of the series.', { readOnly: true }),
    isClientTrust: f.bool('Series of client trust funds.', { readOnly: true }),
    isDefault: f.bool('The default series of its type.', { nullable: false, readOnly: true }),
  },
  privilege: 'SubledgerNumberSeries',
  operations: READ_ONLY,
  graph: {
    description:
      'A sub-ledger number series (PowerOffice `SubledgerNumberSeries`, read-only): the code ' +
      'range of customer, supplier or employee accounts.',
    list: 'Sub-ledger number series (`GET /SubledgerNumberSeries`).',
    plural: 'subledgerNumberSeries',
  },
});

export type SubledgerNumberSeriesDto = EntityOf<typeof SubledgerNumberSeriesResource>;
