import { describe, expect, it } from 'vitest';
import {
  evaluateFilter,
  type FilterNode,
  isUnsatisfiable,
  resolveField,
  toFilterString,
  toSearchParams,
} from '../src/poweroffice/odata.js';
import { CustomerResource } from '../src/poweroffice/resources/customer.js';
import { OutgoingInvoiceResource } from '../src/poweroffice/resources/outgoing-invoice.js';

const C = CustomerResource;

describe('OData filter builder', () => {
  it('maps camelCase fields to PascalCase through the registry and wraps the filter', () => {
    expect(toFilterString(C, { op: 'eq', field: 'vatNumber', value: '123456789' })).toBe(
      "(VatNumber eq '123456789')",
    );
    expect(toFilterString(C, { op: 'eq', field: 'mailAddress.city', value: 'Oslo' })).toBe(
      "(MailAddress/City eq 'Oslo')",
    );
  });

  it('rejects unknown and non-filterable fields as programming errors', () => {
    expect(() => toFilterString(C, { op: 'eq', field: 'VatNumber', value: 'x' })).toThrow(
      /unknown field/,
    );
    expect(() => toFilterString(C, { op: 'eq', field: 'nope', value: 'x' })).toThrow();
    expect(() => toFilterString(C, { op: 'eq', field: 'contactGroups', value: 'x' })).toThrow(
      /cannot be filtered/,
    );
    expect(() => toFilterString(C, { op: 'eq', field: 'mailAddress', value: 'x' })).toThrow();
    expect(() => resolveField(C, 'constructor')).toThrow(/unknown field/);
  });

  it('escapes quotes by doubling them and keeps other characters for URL encoding', () => {
    expect(toFilterString(C, { op: 'eq', field: 'name', value: "O'Brien & Sønn's" })).toBe(
      "(Name eq 'O''Brien & Sønn''s')",
    );
  });

  it('formats numbers bare, booleans, null, GUIDs and enums by field kind', () => {
    expect(toFilterString(C, { op: 'ge', field: 'code', value: 10001 })).toBe('(Code ge 10001)');
    expect(toFilterString(C, { op: 'eq', field: 'isArchived', value: false })).toBe(
      '(IsArchived eq false)',
    );
    expect(toFilterString(C, { op: 'eq', field: 'emailAddress', value: null })).toBe(
      '(EmailAddress eq null)',
    );
    expect(
      toFilterString(OutgoingInvoiceResource, {
        op: 'eq',
        field: 'id',
        value: 'AB2C53A1-5A33-4B3E-9B0E-0123456789AB',
      }),
    ).toBe('(Id eq ab2c53a1-5a33-4b3e-9b0e-0123456789ab)');
    expect(toFilterString(C, { op: 'eq', field: 'invoiceDeliveryType', value: 'PdfByEmail' })).toBe(
      '(InvoiceDeliveryType eq 1)',
    );
    expect(() => toFilterString(C, { op: 'eq', field: 'code', value: 'abc' })).toThrow();
    expect(() => toFilterString(C, { op: 'eq', field: 'code', value: 1.5 })).toThrow();
    expect(() => toFilterString(C, { op: 'eq', field: 'code', value: Number.NaN })).toThrow();
  });

  it('formats DateTime and DateTimeOffset literals as the reference shows', () => {
    expect(
      toFilterString(C, {
        op: 'gt',
        field: 'lastChanged',
        value: new Date('2023-01-01T00:00:00Z'),
      }),
    ).toBe("(LastChanged gt DateTimeOffset'2023-01-01T00:00:00Z')");
    expect(toFilterString(C, { op: 'ge', field: 'since', value: '2015-11-26' })).toBe(
      "(Since ge DateTime'2015-11-26')",
    );
    expect(
      toFilterString(C, { op: 'lt', field: 'since', value: new Date('2015-11-26T10:20:30.5Z') }),
    ).toBe("(Since lt DateTime'2015-11-26T10:20:30.500')");
    expect(() =>
      toFilterString(C, { op: 'lt', field: 'since', value: "x') or (1 eq 1" }),
    ).toThrow();
  });

  it('nests and/or/not with parentheses and renders string functions', () => {
    const node: FilterNode = {
      op: 'and',
      args: [
        {
          op: 'or',
          args: [
            { op: 'startswith', field: 'name', value: 'Nord' },
            { op: 'contains', field: 'name', value: 'as', caseInsensitive: true },
          ],
        },
        { op: 'not', arg: { op: 'eq', field: 'isArchived', value: true } },
      ],
    };
    expect(toFilterString(C, node)).toBe(
      "((startswith(Name,'Nord') or contains(tolower(Name),'as')) and not (IsArchived eq true))",
    );
    expect(
      toFilterString(C, { op: 'eq', field: 'name', value: 'Acme AS', caseInsensitive: true }),
    ).toBe("(tolower(Name) eq 'acme as')");
    expect(() => toFilterString(C, { op: 'contains', field: 'code', value: '1' })).toThrow();
  });

  it('renders `in` as or-ed eq by default and as OData 4 in() on request', () => {
    const node: FilterNode = { op: 'in', field: 'code', values: [1, 2, 3] };
    expect(toFilterString(C, node)).toBe('(Code eq 1 or Code eq 2 or Code eq 3)');
    expect(toFilterString(C, node, { inOperator: true })).toBe('(Code in (1,2,3))');
    expect(toFilterString(C, { op: 'in', field: 'code', values: [7] })).toBe('(Code eq 7)');
  });

  it('folds constant sub-filters: empty and is true, empty or / in are false', () => {
    expect(toFilterString(C, { op: 'and', args: [] })).toBeNull();
    expect(isUnsatisfiable({ op: 'in', field: 'code', values: [] })).toBe(true);
    expect(
      isUnsatisfiable({
        op: 'and',
        args: [
          { op: 'eq', field: 'code', value: 1 },
          { op: 'or', args: [] },
        ],
      }),
    ).toBe(true);
    expect(
      toFilterString(C, {
        op: 'or',
        args: [
          { op: 'eq', field: 'code', value: 1 },
          { op: 'or', args: [] },
        ],
      }),
    ).toBe('(Code eq 1)');
    expect(() => toFilterString(C, { op: 'or', args: [] })).toThrow(RangeError);
  });

  it('always sends $orderby with paging, defaulting to id', () => {
    expect(toSearchParams(C, { skip: 20, top: 10 })).toEqual({
      $orderby: 'Id asc',
      $top: '10',
      $skip: '20',
    });
    expect(
      toSearchParams(C, {
        filter: { op: 'eq', field: 'isArchived', value: false },
        orderBy: [
          { field: 'name', direction: 'asc' },
          { field: 'code', direction: 'desc' },
        ],
        skip: 5,
      }),
    ).toEqual({
      $filter: '(IsArchived eq false)',
      $orderby: 'Name asc,Code desc',
      $top: '50000',
      $skip: '5',
    });
    expect(toSearchParams(C, {})).toEqual({});
  });
});

describe('in-memory evaluator', () => {
  const row = {
    id: 1,
    code: 10001,
    name: "O'Brien AS",
    mailAddress: { city: 'Oslo' },
    isArchived: false,
    lastChanged: '2024-03-05T10:11:12.345+00:00',
    since: '2015-11-26T00:00:00',
  };

  it('follows two-valued OData semantics with nulls', () => {
    expect(evaluateFilter(C, { op: 'eq', field: 'emailAddress', value: null }, row)).toBe(true);
    expect(evaluateFilter(C, { op: 'ne', field: 'emailAddress', value: 'x' }, row)).toBe(true);
    expect(evaluateFilter(C, { op: 'gt', field: 'emailAddress', value: 'a' }, row)).toBe(false);
    expect(evaluateFilter(C, { op: 'eq', field: 'mailAddress.city', value: 'Oslo' }, row)).toBe(
      true,
    );
  });

  it('compares dates as instants and strings ordinally', () => {
    expect(
      evaluateFilter(
        C,
        { op: 'gt', field: 'lastChanged', value: new Date('2024-03-05T10:11:12Z') },
        row,
      ),
    ).toBe(true);
    expect(evaluateFilter(C, { op: 'eq', field: 'since', value: '2015-11-26' }, row)).toBe(true);
    expect(evaluateFilter(C, { op: 'lt', field: 'name', value: 'a' }, row)).toBe(true);
    expect(
      evaluateFilter(
        C,
        { op: 'startswith', field: 'name', value: "o'b", caseInsensitive: true },
        row,
      ),
    ).toBe(true);
    expect(evaluateFilter(C, { op: 'startswith', field: 'name', value: "o'b" }, row)).toBe(false);
  });
});
