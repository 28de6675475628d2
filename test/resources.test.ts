import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ContactPersonDto,
  ContactPersonResource,
} from '../src/poweroffice/resources/contact-person.js';
import type { CustomerDto } from '../src/poweroffice/resources/customer.js';
import type { EmployeeDto } from '../src/poweroffice/resources/employee.js';
import { type FieldMap, type FieldSpec, odataName } from '../src/poweroffice/resources/fields.js';
import {
  type OutgoingInvoiceDto,
  type OutgoingInvoiceLineDto,
  type OutgoingInvoiceListItemDto,
  OutgoingInvoiceResource,
} from '../src/poweroffice/resources/outgoing-invoice.js';
import type { ProductDto } from '../src/poweroffice/resources/product.js';
import type { ProjectDto } from '../src/poweroffice/resources/project.js';
import { allResources } from '../src/poweroffice/resources/registry.js';
import type { ResourceSpec } from '../src/poweroffice/resources/resource.js';
import { type VatCodeDto, VatCodeResource } from '../src/poweroffice/resources/vat-code.js';

/** Every field of a map, nested objects and list items included, with a dotted path. */
function walk(map: FieldMap, prefix = ''): [string, FieldSpec][] {
  const out: [string, FieldSpec][] = [];
  for (const [key, field] of Object.entries(map)) {
    const path = `${prefix}${key}`;
    out.push([path, field]);
    const inner = field.type === 'list' ? field.item : field;
    if (inner.type === 'object') out.push(...walk(inner.fields, `${path}.`));
  }
  return out;
}

/** Field maps of a resource: the entity, and the list row when it differs. */
function maps(r: ResourceSpec): [string, FieldMap][] {
  return r.listFields === r.fields
    ? [[r.name, r.fields]]
    : [
        [r.name, r.fields],
        [`${r.name}(list)`, r.listFields],
      ];
}

/** Every field map reachable from a map: itself and each nested object type. */
function objectMaps(map: FieldMap): FieldMap[] {
  const out = [map];
  for (const field of Object.values(map)) {
    const inner = field.type === 'list' ? field.item : field;
    if (inner.type === 'object') out.push(...objectMaps(inner.fields));
  }
  return out;
}

const byName = new Map(allResources.map((r) => [r.name, r]));
const get = (name: string): ResourceSpec => {
  const r = byName.get(name);
  if (!r) throw new Error(`resource ${name} missing from the registry`);
  return r;
};

describe('resource registry', () => {
  it('lists every covered resource once, with distinct names and routes', () => {
    expect([...byName.keys()].sort()).toEqual(
      [
        'Activity',
        'BankTransfer',
        'BrandingTheme',
        'Client',
        'ClientAuth',
        'ClientBankAccount',
        'ClientContact',
        'ContactGroup',
        'ContactPerson',
        'Currency',
        'Customer',
        'DebtCollectionCase',
        'DebtCollectionCaseWithMatches',
        'DebtCollectionInvoice',
        'DeliveryTerm',
        'Department',
        'Employee',
        'ExternallyDeliverableInvoice',
        'GeneralLedgerAccount',
        'HourType',
        'Import',
        'InvoiceAttachment',
        'InvoiceJournalLine',
        'JournalEntryVoucher',
        'Location',
        'OutgoingInvoice',
        'PartyBankAccount',
        'PartyBankAccountView',
        'PartyContactPerson',
        'PayItem',
        'PaymentTerm',
        'Product',
        'ProductGroup',
        'Project',
        'ProjectActivity',
        'ProjectActivityView',
        'ProjectTeamMember',
        'ProjectTeamMemberView',
        'RecurringInvoice',
        'SalaryLine',
        'SubledgerNumberSeries',
        'Supplier',
        'TimeTrackingEntry',
        'TimeTransaction',
        'VatCode',
        // accounting.md §11–§16: the reports.
        'AccountTransaction',
        'CustomerLedgerEntry',
        'SupplierLedgerEntry',
        'CustomerBalance',
        'SupplierBalance',
        'TrialBalanceLine',
        'Usage',
        // core-and-sales B6 and accounting.md §9, §10, §18 (issue 11).
      ].sort(),
    );
    expect(byName.size).toBe(allResources.length);
    const listPaths = allResources.map((r) => r.listPath.toLowerCase());
    expect(new Set(listPaths).size).toBe(listPaths.length);
  });

  it.each(allResources.map((r) => [r.name, r] as const))(
    '%s: OData names are PascalCase and unique, JSON keys camelCase',
    (_name, r) => {
      for (const [, map] of maps(r)) {
        for (const m of objectMaps(map)) {
          const names = Object.entries(m).map(([key, field]) => {
            expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
            const name = odataName(key, field);
            expect(name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
            return name.toLowerCase();
          });
          // OData on PowerOffice matches property names case-insensitively in places, so
          // uniqueness must hold ignoring case too.
          expect(new Set(names).size).toBe(names.length);
        }
      }
    },
  );

  it.each(allResources.map((r) => [r.name, r] as const))(
    '%s: every field has a description and coherent flags',
    (_name, r) => {
      for (const [, map] of maps(r)) {
        for (const [path, field] of walk(map)) {
          expect(field.description.trim().length, path).toBeGreaterThan(2);
          expect(field.description, path).toMatch(/[.)]$/);
          expect(field.readOnly && field.writeOnly === true, path).toBe(false);
          if (field.writeOnly) expect(field.filterable, path).toBe(false);
          if (field.type === 'list') expect(field.filterable, path).toBe(false);
        }
      }
    },
  );

  it('documents the row caps of A6 and no others', () => {
    const caps = Object.fromEntries(allResources.map((r) => [r.name, r.maxRows]));
    expect(caps).toEqual({
      Customer: 50_000,
      Supplier: 50_000,
      Employee: 50_000,
      Product: 50_000,
      Project: 50_000,
      OutgoingInvoice: 10_000,
      // accounting.md §0 (limitations.md): the invoice journal answers at most 5 000 rows.
      InvoiceJournalLine: 5_000,
      // accounting.md §0: 50 000 for account transactions, 20 000 for the ledgers.
      AccountTransaction: 50_000,
      CustomerLedgerEntry: 20_000,
      SupplierLedgerEntry: 20_000,
      // accounting.md §0: time-tracking entries answer at most 50 000 rows.
      TimeTrackingEntry: 50_000,
      ContactPerson: undefined,
      PartyContactPerson: undefined,
      ContactGroup: undefined,
      ProductGroup: undefined,
      VatCode: undefined,
      Department: undefined,
      Location: undefined,
    });
  });

  it('types ids as the reference does and the id field agrees with idKind', () => {
    for (const r of allResources) {
      const expected =
        r.name === 'VatCode'
          ? 'int'
          : [
                'OutgoingInvoice',
                'InvoiceJournalLine',
                'Client',
                'SubledgerNumberSeries',
                // accounting.md §9: PayItem.id is a uuid.
                'PayItem',
                // accounting.md §3, §4, §5, §8: uuid ids.
                'BankTransfer',
                'DebtCollectionCase',
                'DebtCollectionCaseWithMatches',
                'DebtCollectionInvoice',
                'Import',
                'JournalEntryVoucher',
                // B10, B11 (A10: their ids are GUID strings); onboarding has no rows.
                'RecurringInvoice',
                'ExternallyDeliverableInvoice',
                'ClientAuth',
              ].includes(r.name)
            ? 'guid'
            : 'long';
      expect(r.idKind, r.name).toBe(expected);
      const id = r.fields.id;
      // ClientAuth is only an action (A2): no rows, no id.
      if (r.name === 'ClientAuth') continue;
      // Currency has no id at all (reference B19): its code identifies it.
      if (r.name === 'Currency') expect([id, r.nodeKey]).toEqual([undefined, 'code']);
      // Report rows without an id (balances, trial balance, usage, §13, §15, §16): a key field.
      else if (r.params && !id) expect(r.nodeKey && r.fields[r.nodeKey], r.name).toBeDefined();
      else expect(id?.type === 'scalar' && id.kind, r.name).toBe(expected);
    }
  });

  it('offers exactly the operations of each route table', () => {
    const all = { list: true, get: true, save: true, delete: true };
    for (const r of allResources) {
      const expected =
        r.name === 'Client'
          ? { list: false, get: true, save: true, delete: false }
          : r.name === 'ClientAuth'
            ? { list: false, get: false, save: false, delete: false }
            : [
                  'VatCode',
                  'BrandingTheme',
                  'SubledgerNumberSeries',
                  // B17: `GET /ProjectActivity[/{id}]`, `GET /ProjectTeamMember[/{id}]`.
                  'ProjectActivityView',
                  'ProjectTeamMemberView',
                ].includes(r.name)
              ? { list: true, get: true, save: false, delete: false }
              : [
                    'PartyContactPerson',
                    'PartyBankAccountView',
                    'Currency',
                    'InvoiceJournalLine',
                    // accounting.md §9 (no get-by-id) and §17 (a report).
                    'PayItem',
                    'TimeTransaction',
                    // B11 and B18 (`GET /Client/GetContacts`) list no route by id.
                    'ExternallyDeliverableInvoice',
                    'ClientContact',
                    // accounting.md §8: the available invoices and GetAllMatchedItems.
                    'DebtCollectionInvoice',
                    'DebtCollectionCaseWithMatches',
                  ].includes(r.name) || r.params
                ? { list: true, get: false, save: false, delete: false }
                : all;
      expect(r.operations, r.name).toEqual(expected);
      // `Area` or `Area_Sub` (`Reporting_InvoiceJournal`), as the reference's privileges read.
      expect(r.privilege, r.name).toMatch(/^[A-Z][A-Za-z]*(_[A-Z][A-Za-z]*)?$/);
    }
  });

  it('addresses contact persons under their customer', () => {
    expect(ContactPersonResource.path).toBe('/Customer/{parentId}/Contact');
    expect(ContactPersonResource.parent).toEqual({
      resource: 'Customer',
      param: 'parentId',
      field: 'partyId',
    });
    for (const r of allResources) {
      if (r.parent) {
        expect(byName.has(r.parent.resource), r.name).toBe(true);
        expect(r.path, r.name).toContain(`{${r.parent.param}}`);
      } else {
        expect(r.path, r.name).not.toContain('{');
      }
    }
    expect(get('PartyContactPerson').path).toBe('/PartyContactPerson');
    expect(get('PartyContactPerson').fields).toBe(ContactPersonResource.fields);
  });

  it('keeps VatCode read-only with the lower-case validto key', () => {
    const validto = VatCodeResource.fields.validto;
    expect(odataName('validto', validto)).toBe('Validto');
    expect(validto.readOnly).toBe(true);
    expect(VatCodeResource.fields.validFrom.nullable).toBe(false);
  });

  it('models list items of outgoing invoices as documented in B9', () => {
    const r = OutgoingInvoiceResource;
    expect(r.listPath).toBe('/OutgoingInvoice/List');
    expect(r.path).toBe('/OutgoingInvoice');
    // The field list of GoApi.Invoices.OutgoingInvoiceListItem as the reference gives it.
    const documented =
      'id invoiceDeliveryType orderNo importedOrderNo orderDate customerEmail currencyCode ' +
      'customerCode ourReferenceEmployeeCode purchaseOrderNo projectCode dim1Code dim2Code ' +
      'dim3Code locationCode totalAmount netAmount departmentCode status documentNo cid ' +
      'paymentTerms lastChanged createdDate brandingThemeCode contractNo customerReference ' +
      'deliveryAddressId deliveryAddress1 deliveryAddress2 deliveryAddressZipCode ' +
      'deliveryAddressCity deliveryAddressCountryCode deliveryTerm currencyExchangeRate balance ' +
      'contactGroupId contactGroup externalImportReference voucherDate dueDate expectedDueDate ' +
      'invoiceDebtCollectionStatus debtCollectionCaseStatus debtCollectionCode ' +
      'relatedDocumentNo customMatchingReference isInvoiceBeingProcessed lastErrorMessage ' +
      'sentDate voucherNo invoiceNo invoiceDeliveryDate';
    expect(Object.keys(r.listFields).sort()).toEqual(documented.split(' ').sort());
    for (const [key, field] of Object.entries(r.listFields)) {
      expect(field.readOnly, key).toBe(true);
      const full = (r.fields as FieldMap)[key];
      if (full) expect(field.nullable, key).toBe(full.nullable);
    }
    const lines = r.fields.outgoingInvoiceLines;
    expect(lines.type).toBe('list');
    expect(lines.item.typeName).toBe('OutgoingInvoiceLine');
    expect(lines.item.fields.accrual.typeName).toBe('Accrual');
    expect(lines.item.fields.lineType.nullable).toBe(false);
  });

  it('derives DTO types from the field maps', () => {
    expectTypeOf<OutgoingInvoiceDto['outgoingInvoiceLines']>().toEqualTypeOf<
      OutgoingInvoiceLineDto[] | null | undefined
    >();
    expectTypeOf<OutgoingInvoiceDto['id']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<OutgoingInvoiceDto['totalAmount']>().toEqualTypeOf<number>();
    expectTypeOf<OutgoingInvoiceListItemDto>().toHaveProperty('invoiceDeliveryDate');
    expectTypeOf<OutgoingInvoiceListItemDto>().not.toHaveProperty('outgoingInvoiceLines');
    expectTypeOf<OutgoingInvoiceLineDto['sortOrder']>().toEqualTypeOf<number>();
    expectTypeOf<
      NonNullable<OutgoingInvoiceLineDto['accrual']>['fromDate']
    >().toEqualTypeOf<string>();
    expectTypeOf<VatCodeDto>().toHaveProperty('validto');
    expectTypeOf<VatCodeDto['validto']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<VatCodeDto['isCustom']>().toEqualTypeOf<boolean>();
    expectTypeOf<CustomerDto['contactGroups']>().toEqualTypeOf<string[] | null | undefined>();
    expectTypeOf<ContactPersonDto['citizenship']>().toEqualTypeOf<string[] | null | undefined>();
    expectTypeOf<ContactPersonDto['gender']>().toEqualTypeOf<number>();
    expectTypeOf<EmployeeDto>().not.toHaveProperty('name');
    expectTypeOf<
      NonNullable<EmployeeDto['hourlyRates']>[number]['validFrom']
    >().toEqualTypeOf<string>();
    expectTypeOf<ProductDto['type']>().toEqualTypeOf<number>();
    expectTypeOf<ProductDto['code']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<ProjectDto['status']>().toEqualTypeOf<number>();
    // Nested DTOs keep exact keys: no index signature leaks in from FieldMap.
    expectTypeOf<NonNullable<CustomerDto['mailAddress']>>().not.toHaveProperty('bogus');
    expectTypeOf<NonNullable<CustomerDto['streetAddresses']>[number]>().not.toHaveProperty('bogus');
    expectTypeOf<OutgoingInvoiceLineDto>().not.toHaveProperty('bogus');
    // A sample wire object of each shape type-checks against its DTO.
    const invoice: OutgoingInvoiceDto = {
      status: 0,
      invoiceDeliveryType: 1,
      totalAmount: 125,
      netAmount: 100,
      isInvoiceBeingProcessed: false,
      createdDate: '2025-01-01T00:00:00+00:00',
      lastChanged: '2025-01-01T00:00:00+00:00',
      customerCode: 10001,
      outgoingInvoiceLines: [
        {
          lineType: 0,
          vatReturnSpecification: 0,
          sortOrder: 1,
          totalAmount: 125,
          netAmount: 100,
          productCode: 'P1',
        },
      ],
    };
    expect(invoice.outgoingInvoiceLines).toHaveLength(1);
  });
});
