import {
  type AccrualDto,
  accrualFields,
  type OutgoingInvoiceLineDto,
  outgoingInvoiceLineFields,
} from '../../poweroffice/resources/outgoing-invoice.js';
import { builder } from '../builder.js';
import { dimensionCode, wire } from '../wire.js';
import { Department } from './department.js';
import { Employee } from './employee.js';
import { Location } from './location.js';
import { Product } from './product.js';
import { Project } from './project.js';
import { VatCode } from './vat-code.js';

export type OutgoingInvoiceLineModel = OutgoingInvoiceLineDto;

const F = outgoingInvoiceLineFields;
const A = accrualFields;

/** GoApi.Invoices.Accrual: only inside an invoice line. */
export const Accrual = builder.objectRef<AccrualDto>('Accrual').implement({
  description: "Spreads a line's amount over a period.",
  fields: (t) => ({
    isActive: wire(t, A, 'isActive'),
    fromDate: wire(t, A, 'fromDate'),
    toDate: wire(t, A, 'toDate'),
    balanceAccountCode: wire(t, A, 'balanceAccountCode'),
    resultAccountCode: wire(t, A, 'resultAccountCode'),
    balanceAccountAgricultureDepartment: wire(t, A, 'balanceAccountAgricultureDepartment'),
    resultAccountAgricultureDepartment: wire(t, A, 'resultAccountAgricultureDepartment'),
    numOfMonths: wire(t, A, 'numOfMonths'),
  }),
});

/**
 * A line of an outgoing invoice. Not a Node: PowerOffice gives a line a new id when its invoice
 * is posted, so a line id is no stable identity.
 */
export const OutgoingInvoiceLine = builder
  .objectRef<OutgoingInvoiceLineModel>('OutgoingInvoiceLine')
  .implement({
    description: 'A line of an outgoing invoice.',
    fields: (t) => ({
      databaseId: wire(t, F, 'id', { description: F.id.description }),
      lineType: wire(t, F, 'lineType'),
      productCode: wire(t, F, 'productCode'),
      description: wire(t, F, 'description'),
      quantity: wire(t, F, 'quantity'),
      unitPrice: wire(t, F, 'unitPrice'),
      unitCost: wire(t, F, 'unitCost'),
      discountPercent: wire(t, F, 'discountPercent'),
      unitOfMeasureCode: wire(t, F, 'unitOfMeasureCode'),
      unitOfMeasure: wire(t, F, 'unitOfMeasure'),
      exemptVat: wire(t, F, 'exemptVat'),
      vatReturnSpecification: wire(t, F, 'vatReturnSpecification'),
      sortOrder: wire(t, F, 'sortOrder'),
      salesPersonEmployeeCode: wire(t, F, 'salesPersonEmployeeCode'),
      projectCode: wire(t, F, 'projectCode'),
      departmentCode: wire(t, F, 'departmentCode'),
      locationCode: wire(t, F, 'locationCode'),
      dim1Code: wire(t, F, 'dim1Code'),
      dim2Code: wire(t, F, 'dim2Code'),
      dim3Code: wire(t, F, 'dim3Code'),
      isDeleted: wire(t, F, 'isDeleted'),
      externalImportLineReference: wire(t, F, 'externalImportLineReference'),
      totalAmount: wire(t, F, 'totalAmount'),
      netAmount: wire(t, F, 'netAmount'),
      salesAccount: wire(t, F, 'salesAccount'),
      vatExemptSalesAccount: wire(t, F, 'vatExemptSalesAccount'),
      vatCode: wire(t, F, 'vatCode'),
      vatRate: wire(t, F, 'vatRate'),
      accrual: t.field({
        type: Accrual,
        description: F.accrual.description,
        resolve: (l) => l.accrual ?? null,
      }),
      product: t.field({
        type: Product,
        description: 'The product sold (by productCode).',
        resolve: (l, _args, ctx) =>
          l.productCode ? ctx.loaders.productByCode.load(l.productCode) : null,
      }),
      salesPerson: t.field({
        type: Employee,
        description: 'The sales person of the line (by salesPersonEmployeeCode).',
        resolve: (l, _args, ctx) =>
          l.salesPersonEmployeeCode == null
            ? null
            : ctx.loaders.employeeByCode.load(l.salesPersonEmployeeCode),
      }),
      project: t.field({
        type: Project,
        description: 'The project of the line itself; null when inherited or "-1".',
        resolve: (l, _args, ctx) => {
          const code = dimensionCode(l.projectCode);
          return code ? ctx.loaders.projectByCode.load(code) : null;
        },
      }),
      department: t.field({
        type: Department,
        description: 'The department of the line itself; null when inherited or "-1".',
        resolve: (l, _args, ctx) => {
          const code = dimensionCode(l.departmentCode);
          return code ? ctx.loaders.departmentByCode.load(code) : null;
        },
      }),
      location: t.field({
        type: Location,
        description: 'The location of the line (by locationCode).',
        resolve: (l, _args, ctx) =>
          l.locationCode ? ctx.loaders.locationByCode.load(l.locationCode) : null,
      }),
      vat: t.field({
        type: VatCode,
        description: 'The VAT code of the line (by vatCode).',
        resolve: (l, _args, ctx) => (l.vatCode ? ctx.loaders.vatCodeByCode.load(l.vatCode) : null),
      }),
    }),
  });
