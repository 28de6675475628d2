import type { Context } from '../../context.js';
import {
  type OutgoingInvoiceDto,
  type OutgoingInvoiceListItemDto,
  OutgoingInvoiceResource,
  outgoingInvoiceFields,
  outgoingInvoiceListItemFields,
} from '../../poweroffice/resources/outgoing-invoice.js';
import { builder } from '../builder.js';
import { badInput, type FieldProblem, ValidationFailed } from '../errors.js';
import { listInputs, rootConnection } from '../lists.js';
import { crudMutations } from '../mutations.js';
import { databaseId, ownNode, parseGuid } from '../node.js';
import { dimensionCode, wire } from '../wire.js';
import { Address } from './address.js';
import { ContactGroup } from './contact-group.js';
import { ContactPerson } from './contact-person.js';
import { Customer } from './customer.js';
import { Department } from './department.js';
import { Employee } from './employee.js';
import { Location } from './location.js';
import { OutgoingInvoiceLine } from './outgoing-invoice-line.js';
import { Project } from './project.js';

/**
 * Backed by either a row of `GET /OutgoingInvoice/List` or a full invoice from
 * `GET /OutgoingInvoice/{id}`: one GraphQL type for both. Head fields come from whichever the
 * parent is; `lines` and the other detail-only fields load the full invoice (one GET per
 * invoice, batched per tick and deduplicated per request) only when a query asks for them.
 */
export type OutgoingInvoiceModel = OutgoingInvoiceListItemDto | OutgoingInvoiceDto;

/** Every head property: list-row fields plus the full invoice's detail-only ones. */
const F = { ...outgoingInvoiceFields, ...outgoingInvoiceListItemFields };
const D = outgoingInvoiceFields;

function detail(inv: OutgoingInvoiceModel, ctx: Context): Promise<OutgoingInvoiceDto | null> {
  return inv.id ? ctx.loaders.invoiceById.load(inv.id) : Promise.resolve(null);
}

/**
 * What PowerOffice lets clients set (reference B9, A8): status Draft or Approved only, lines of
 * type Normal, Text or Summary, and Normal lines need a product.
 */
function checkInvoice(dto: Record<string, unknown>): void {
  const problems: FieldProblem[] = [];
  if (dto.status != null && dto.status !== 0 && dto.status !== 1) {
    problems.push({ field: 'input.data.status', message: 'Only DRAFT or APPROVED can be set.' });
  }
  const lines = Array.isArray(dto.outgoingInvoiceLines) ? (dto.outgoingInvoiceLines as Row[]) : [];
  lines.forEach((l, i) => {
    const field = `input.data.outgoingInvoiceLines[${i}]`;
    if (l.lineType != null && ![0, 1, 2].includes(Number(l.lineType))) {
      problems.push({ field: `${field}.lineType`, message: 'Use NORMAL, TEXT or SUMMARY.' });
    }
    if ((l.lineType ?? 0) === 0 && !l.isDeleted && !l.id && !l.productCode) {
      problems.push({ field: `${field}.productCode`, message: 'A normal line needs a product.' });
    }
  });
  if (problems.length > 0) throw new ValidationFailed('The invoice cannot be saved.', problems);
}

type Row = Record<string, unknown>;

export const OutgoingInvoice = builder.objectRef<OutgoingInvoiceModel>('OutgoingInvoice');
export const invoiceInputs = listInputs('OutgoingInvoice', OutgoingInvoiceResource.listFields);

builder.node(OutgoingInvoice, {
  description: 'An outgoing (sales) invoice or credit note (PowerOffice `OutgoingInvoice`).',
  id: { resolve: (i) => String(i.id), parse: parseGuid },
  loadWithoutCache: (id, ctx) => ctx.loaders.invoiceById.load(id).then(ownNode),
  fields: (t) => ({
    databaseId: databaseId(t, 'String'),
    status: wire(t, F, 'status'),
    customerCode: wire(t, F, 'customerCode'),
    contactGroupId: wire(t, F, 'contactGroupId'),
    contactGroup: wire(t, F, 'contactGroup'),
    orderNo: wire(t, F, 'orderNo'),
    importedOrderNo: wire(t, F, 'importedOrderNo'),
    orderDate: wire(t, F, 'orderDate'),
    currencyCode: wire(t, F, 'currencyCode'),
    currencyExchangeRate: wire(t, F, 'currencyExchangeRate'),
    ourReferenceEmployeeCode: wire(t, F, 'ourReferenceEmployeeCode'),
    customerReference: wire(t, F, 'customerReference'),
    purchaseOrderNo: wire(t, F, 'purchaseOrderNo'),
    contractNo: wire(t, F, 'contractNo'),
    projectCode: wire(t, F, 'projectCode'),
    departmentCode: wire(t, F, 'departmentCode'),
    locationCode: wire(t, F, 'locationCode'),
    dim1Code: wire(t, F, 'dim1Code'),
    dim2Code: wire(t, F, 'dim2Code'),
    dim3Code: wire(t, F, 'dim3Code'),
    deliveryAddressId: wire(t, F, 'deliveryAddressId'),
    deliveryAddress1: wire(t, F, 'deliveryAddress1'),
    deliveryAddress2: wire(t, F, 'deliveryAddress2'),
    deliveryAddressZipCode: wire(t, F, 'deliveryAddressZipCode'),
    deliveryAddressCity: wire(t, F, 'deliveryAddressCity'),
    deliveryAddressCountryCode: wire(t, F, 'deliveryAddressCountryCode'),
    brandingThemeCode: wire(t, F, 'brandingThemeCode'),
    paymentTerms: wire(t, F, 'paymentTerms'),
    deliveryTerm: wire(t, F, 'deliveryTerm'),
    externalImportReference: wire(t, F, 'externalImportReference'),
    relatedDocumentNo: wire(t, F, 'relatedDocumentNo'),
    customMatchingReference: wire(t, F, 'customMatchingReference'),
    invoiceDeliveryType: wire(t, F, 'invoiceDeliveryType'),
    customerEmail: wire(t, F, 'customerEmail'),
    totalAmount: wire(t, F, 'totalAmount'),
    netAmount: wire(t, F, 'netAmount'),
    balance: wire(t, F, 'balance'),
    documentNo: wire(t, F, 'documentNo'),
    invoiceNo: wire(t, F, 'invoiceNo'),
    voucherNo: wire(t, F, 'voucherNo'),
    cid: wire(t, F, 'cid'),
    voucherDate: wire(t, F, 'voucherDate'),
    sentDate: wire(t, F, 'sentDate'),
    dueDate: wire(t, F, 'dueDate'),
    expectedDueDate: wire(t, F, 'expectedDueDate'),
    invoiceDebtCollectionStatus: wire(t, F, 'invoiceDebtCollectionStatus'),
    debtCollectionCaseStatus: wire(t, F, 'debtCollectionCaseStatus'),
    debtCollectionCode: wire(t, F, 'debtCollectionCode'),
    isInvoiceBeingProcessed: wire(t, F, 'isInvoiceBeingProcessed'),
    lastErrorMessage: wire(t, F, 'lastErrorMessage'),
    createdDate: wire(t, F, 'createdDate'),
    lastChanged: wire(t, F, 'lastChanged'),
    invoiceDeliveryDate: wire(t, F, 'invoiceDeliveryDate'),
    deliveryDate: t.field({
      type: 'Date',
      description: D.deliveryDate.description,
      resolve: async (i, _args, ctx) => (await detail(i, ctx))?.deliveryDate ?? null,
    }),
    customerReferenceContactPersonId: t.field({
      type: 'Long',
      description: D.customerReferenceContactPersonId.description,
      resolve: async (i, _args, ctx) =>
        (await detail(i, ctx))?.customerReferenceContactPersonId ?? null,
    }),
    customerReferenceContactPerson: t.field({
      type: ContactPerson,
      description: "The customer's reference as a contact person (full invoice).",
      resolve: async (i, _args, ctx) => {
        const id = (await detail(i, ctx))?.customerReferenceContactPersonId;
        return id == null ? null : ctx.loaders.contactPersonById.load(id);
      },
    }),
    lines: t.field({
      type: [OutgoingInvoiceLine],
      nullable: { list: true, items: false },
      description:
        'Invoice lines, from the full invoice: one GET per invoice (PowerOffice has no batch ' +
        'route), made only when lines are asked for.',
      resolve: async (i, _args, ctx) => {
        const full = await detail(i, ctx);
        return full
          ? [...(full.outgoingInvoiceLines ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)
          : null;
      },
    }),
    customer: t.field({
      type: Customer,
      description: 'The customer invoiced (by customerCode).',
      resolve: (i, _args, ctx) =>
        i.customerCode == null ? null : ctx.loaders.customerByCode.load(i.customerCode),
    }),
    invoicedContactGroup: t.field({
      type: ContactGroup,
      description: 'The contact group invoiced as a group (by contactGroupId).',
      resolve: (i, _args, ctx) =>
        i.contactGroupId == null ? null : ctx.loaders.contactGroupById.load(i.contactGroupId),
    }),
    ourReferenceEmployee: t.field({
      type: Employee,
      description: 'Our reference / sales person (by ourReferenceEmployeeCode).',
      resolve: (i, _args, ctx) =>
        i.ourReferenceEmployeeCode == null
          ? null
          : ctx.loaders.employeeByCode.load(i.ourReferenceEmployeeCode),
    }),
    project: t.field({
      type: Project,
      description: 'The project (by projectCode).',
      resolve: (i, _args, ctx) => {
        const code = dimensionCode(i.projectCode);
        return code ? ctx.loaders.projectByCode.load(code) : null;
      },
    }),
    department: t.field({
      type: Department,
      description: 'The department (by departmentCode).',
      resolve: (i, _args, ctx) => {
        const code = dimensionCode(i.departmentCode);
        return code ? ctx.loaders.departmentByCode.load(code) : null;
      },
    }),
    location: t.field({
      type: Location,
      description: 'The location (by locationCode).',
      resolve: (i, _args, ctx) =>
        i.locationCode ? ctx.loaders.locationByCode.load(i.locationCode) : null,
    }),
    deliveryAddress: t.field({
      type: Address,
      description: "The customer's street address the invoice is delivered to (deliveryAddressId).",
      resolve: async (i, _args, ctx) => {
        if (i.deliveryAddressId == null || i.customerCode == null) return null;
        const customer = await ctx.loaders.customerByCode.load(i.customerCode);
        return customer?.streetAddresses?.find((a) => a.id === i.deliveryAddressId) ?? null;
      },
    }),
  }),
});

builder.queryFields((t) => ({
  outgoingInvoices: rootConnection(t, {
    type: OutgoingInvoice,
    resource: OutgoingInvoiceResource,
    map: OutgoingInvoiceResource.listFields,
    inputs: invoiceInputs,
    name: 'OutgoingInvoiceConnection',
    description: 'Invoice heads (`GET /OutgoingInvoice/List`); lines load per invoice on demand.',
  }),
  outgoingInvoice: t.field({
    type: OutgoingInvoice,
    description: 'One invoice by its PowerOffice id or its invoice number; null when none.',
    args: {
      databaseId: t.arg.string({ description: 'PowerOffice id (GUID).' }),
      invoiceNo: t.arg({ type: 'Long', description: 'Invoice number.' }),
    },
    resolve: (_root, args, ctx) => {
      if ((args.databaseId == null) === (args.invoiceNo == null)) {
        throw badInput('Pass exactly one of `databaseId` and `invoiceNo`.');
      }
      if (args.databaseId != null) return ctx.loaders.invoiceById.load(parseGuid(args.databaseId));
      return ctx.loaders.byKey(OutgoingInvoiceResource, 'invoiceNo').load(args.invoiceNo as number);
    },
  }),
}));

builder.mutationFields((t) =>
  crudMutations(t, {
    typeName: 'OutgoingInvoice',
    ref: OutgoingInvoice,
    resource: OutgoingInvoiceResource,
    map: D,
    parseId: parseGuid,
    remember: (ctx, saved) => ctx.loaders.afterWrite(OutgoingInvoiceResource, saved),
    check: checkInvoice,
  }),
);
