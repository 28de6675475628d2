import { describe, expect, it } from 'vitest';
import { costOf, useHarness } from './graph-harness.js';

// Mutations through the real server: payloads on success, typed errors for expected failures,
// and what went upstream.

const h = useHarness({
  emulator: { scale: { customers: 10, invoicesPerCustomer: 1, products: 5 }, seed: 13 },
});

const CREATE = /* GraphQL */ `
  mutation ($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on CreateCustomerPayload { customer { id databaseId code name invoiceDeliveryType mailAddress { city } } }
      ... on UserError { message }
      ... on ValidationError { fields { field message } }
    }
  }
`;

interface CustomerResult {
  __typename: string;
  customer?: {
    id: string;
    databaseId: number;
    code: number;
    name: string;
    invoiceDeliveryType: string | null;
    mailAddress: { city: string } | null;
  };
  message?: string;
  fields?: { field: string; message: string }[];
}

describe('Customer mutations', () => {
  it('creates, updates, reads and deletes a customer', async () => {
    h.emulator.reset();
    const created = await h.gql<{ createCustomer: CustomerResult }>(CREATE, {
      input: {
        data: {
          name: 'Mutasjon Test AS',
          invoiceDeliveryType: 'EHF',
          mailAddress: { address1: 'Storgata 1', zipCode: '0155', city: 'OSLO', countryCode: 'NO' },
          externalImportReference: 'mut-test-1',
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const c = created.data?.createCustomer;
    expect(c?.__typename).toBe('CreateCustomerPayload');
    expect(c?.customer).toMatchObject({
      name: 'Mutasjon Test AS',
      invoiceDeliveryType: 'EHF',
      mailAddress: { city: 'OSLO' },
    });
    const row = h.emulator.rows('Customer').find((r) => r.id === c?.customer?.databaseId);
    expect(row).toMatchObject({ name: 'Mutasjon Test AS', invoiceDeliveryType: 3 });
    expect(costOf(h.upstream())).toEqual({ 'Customer.save': 1 });

    const updated = await h.gql<{
      updateCustomer: { __typename: string; customer: { name: string; code: number } };
    }>(
      /* GraphQL */ `
        mutation ($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) {
            __typename
            ... on UpdateCustomerPayload { customer { name code } }
          }
        }
      `,
      { input: { id: c?.customer?.id, data: { name: 'Mutasjon Endret AS' } } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateCustomer.customer).toEqual({
      name: 'Mutasjon Endret AS',
      code: c?.customer?.code,
    });
    const read = await h.gql<{ customer: { name: string } }>(
      `{ customer(code: ${c?.customer?.code}) { name } }`,
    );
    expect(read.data?.customer.name).toBe('Mutasjon Endret AS');

    const deleted = await h.gql<{
      deleteCustomer: { __typename: string; result?: { deletedId: string } };
    }>(
      /* GraphQL */ `
        mutation ($id: ID!) {
          deleteCustomer(id: $id) { __typename ... on DeleteCustomerPayload { result { deletedId } } }
        }
      `,
      { id: c?.customer?.id },
    );
    expect(deleted.errors).toBeUndefined();
    expect(deleted.data?.deleteCustomer).toEqual({
      __typename: 'DeleteCustomerPayload',
      result: { deletedId: c?.customer?.id },
    });
    expect(h.emulator.rows('Customer').some((r) => r.id === c?.customer?.databaseId)).toBe(false);
  });

  it('a page of a list right after a write keeps its size, order and totalCount', async () => {
    const codes = (h.emulator.rows('Customer') as { code: number }[])
      .map((c) => c.code)
      .sort((a, b) => a - b)
      .slice(0, 3);
    const { data } = await h.gql<{ customer: { id: string } }>(
      `{ customer(code: ${codes[0]}) { id } }`,
    );
    // Inside the replica-lag window of this write, the written row is in the read-your-writes
    // overlay; a page of a list must not be patched with it (docs/frontend.md).
    const upd = await h.gql<{ updateCustomer: { __typename: string } }>(
      `mutation($id: ID!) { updateCustomer(input: { id: $id, data: { name: "Side AS" } }) { __typename } }`,
      { id: data?.customer.id },
    );
    expect(upd.data?.updateCustomer.__typename).toBe('UpdateCustomerPayload');
    const page = await h.gql<{
      customers: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean };
        nodes: { code: number }[];
      };
    }>(
      `query($c: [Long!]) { customers(first: 1, where: { code: { in: $c } },
        orderBy: [{ field: CODE, direction: DESC }]) {
        totalCount pageInfo { hasNextPage } nodes { code } } }`,
      { c: codes },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.customers.nodes.map((n) => n.code)).toEqual([codes[2]]);
    expect(page.data?.customers.totalCount).toBe(3);
    expect(page.data?.customers.pageInfo.hasNextPage).toBe(true);
  });

  it('returns NotFoundError for an update of an unknown id, without creating anything', async () => {
    const before = h.emulator.rows('Customer').length;
    const id = Buffer.from('Customer:987654').toString('base64');
    const res = await h.gql<{
      updateCustomer: { __typename: string; message: string; id: string };
    }>(
      /* GraphQL */ `
        mutation ($input: UpdateCustomerInput!) {
          updateCustomer(input: $input) { __typename ... on NotFoundError { message id } }
        }
      `,
      { input: { id, data: { name: 'Ghost AS' } } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateCustomer).toMatchObject({ __typename: 'NotFoundError', id });
    expect(h.emulator.rows('Customer')).toHaveLength(before);
  });

  it('repeating a create with the same externalImportReference returns the first record, never a second', async () => {
    const input = { data: { name: 'Dup AS', externalImportReference: 'dup-ref-1' } };
    const first = await h.gql<{ createCustomer: CustomerResult }>(CREATE, { input });
    expect(first.data?.createCustomer.__typename).toBe('CreateCustomerPayload');
    const second = await h.gql<{ createCustomer: CustomerResult }>(CREATE, { input });
    expect(second.errors).toBeUndefined();
    expect(second.data?.createCustomer.__typename).toBe('CreateCustomerPayload');
    expect(second.data?.createCustomer.customer?.id).toBe(first.data?.createCustomer.customer?.id);
    const rows = h.emulator
      .rows('Customer')
      .filter((r) => r.externalImportReference === 'dup-ref-1');
    expect(rows).toHaveLength(1);
  });

  it('returns ConflictError naming the field for a duplicate code', async () => {
    const code = h.emulator.rows('Customer')[0]?.code as number;
    const res = await h.gql<{ createCustomer: { __typename: string; field?: string } }>(
      /* GraphQL */ `
        mutation ($input: CreateCustomerInput!) {
          createCustomer(input: $input) { __typename ... on ConflictError { message field } }
        }
      `,
      { input: { data: { name: 'Same Code AS', code } } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createCustomer).toMatchObject({
      __typename: 'ConflictError',
      field: 'input.data.code',
    });
  });

  it('answers an id of another type with a ValidationError on that argument, before any upstream call', async () => {
    h.emulator.reset();
    const res = await h.gql<{
      deleteCustomer: { __typename: string; fields: { field: string; message: string }[] };
    }>(
      // Product:1
      'mutation { deleteCustomer(id: "UHJvZHVjdDox") { __typename ... on ValidationError { fields { field message } } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.deleteCustomer.__typename).toBe('ValidationError');
    expect(res.data?.deleteCustomer.fields).toEqual([
      { field: 'id', message: expect.stringContaining('Customer') },
    ]);
    expect(h.upstream()).toEqual([]);
  });
});

describe('ContactPerson mutations (a sub-resource of its customer)', () => {
  it('adds, updates and removes a contact person of a customer', async () => {
    const first = await h.gql<{ customers: { nodes: { id: string; databaseId: number }[] } }>(
      '{ customers(first: 1) { nodes { id databaseId } } }',
    );
    const customer = first.data?.customers.nodes[0];
    h.emulator.reset();
    const created = await h.gql<{
      createContactPerson: { __typename: string; contactPerson: { id: string; partyId: number } };
    }>(
      /* GraphQL */ `
        mutation ($input: CreateContactPersonInput!) {
          createContactPerson(input: $input) {
            __typename
            ... on CreateContactPersonPayload { contactPerson { id partyId firstName } }
          }
        }
      `,
      { input: { customerId: customer?.id, data: { firstName: 'Kari', lastName: 'Nordmann' } } },
    );
    expect(created.errors).toBeUndefined();
    const person = created.data?.createContactPerson.contactPerson;
    expect(person?.partyId).toBe(customer?.databaseId);
    const [post] = h.upstream();
    expect([post?.method, post?.path]).toEqual([
      'POST',
      `/Customer/${customer?.databaseId}/Contact`,
    ]);

    const updated = await h.gql<{ updateContactPerson: { contactPerson: { firstName: string } } }>(
      /* GraphQL */ `
        mutation ($input: UpdateContactPersonInput!) {
          updateContactPerson(input: $input) {
            ... on UpdateContactPersonPayload { contactPerson { firstName } }
          }
        }
      `,
      { input: { id: person?.id, data: { firstName: 'Kari Anne' } } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateContactPerson.contactPerson.firstName).toBe('Kari Anne');

    const listed = await h.gql<{ node: { contactPersons: { firstName: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Customer { contactPersons { firstName } } } }',
      { id: customer?.id },
    );
    expect(listed.data?.node.contactPersons.map((p) => p.firstName)).toContain('Kari Anne');

    const deleted = await h.gql<{ deleteContactPerson: { __typename: string } }>(
      'mutation ($id: ID!) { deleteContactPerson(id: $id) { __typename } }',
      { id: person?.id },
    );
    expect(deleted.data?.deleteContactPerson.__typename).toBe('DeleteContactPersonPayload');
    const gone = await h.gql<{ deleteContactPerson: { __typename: string } }>(
      'mutation ($id: ID!) { deleteContactPerson(id: $id) { __typename } }',
      { id: person?.id },
    );
    expect(gone.data?.deleteContactPerson.__typename).toBe('NotFoundError');
  });
});

describe('OutgoingInvoice mutations', () => {
  it('creates a draft with lines and reads the lines back through the detail loader', async () => {
    const customer = h.emulator.rows('Customer')[0] as Record<string, unknown>;
    const product = h.emulator.rows('Product')[0] as Record<string, unknown>;
    const res = await h.gql<{
      createOutgoingInvoice: {
        __typename: string;
        outgoingInvoice: {
          status: string;
          customer: { code: number };
          lines: { productCode: string; quantity: number; product: { code: string } }[];
        };
      };
    }>(
      /* GraphQL */ `
        mutation ($input: CreateOutgoingInvoiceInput!) {
          createOutgoingInvoice(input: $input) {
            __typename
            ... on CreateOutgoingInvoicePayload {
              outgoingInvoice {
                status
                customer { code }
                lines { productCode quantity product { code } }
              }
            }
          }
        }
      `,
      {
        input: {
          data: {
            customerCode: customer.code,
            orderDate: '2025-03-01',
            // Sent out of order: the graph lists lines by sortOrder.
            outgoingInvoiceLines: [
              { lineType: 'TEXT', description: 'Takk for handelen', sortOrder: 2 },
              { lineType: 'NORMAL', productCode: product.code, quantity: 2, sortOrder: 1 },
            ],
          },
        },
      },
    );
    expect(res.errors).toBeUndefined();
    const inv = res.data?.createOutgoingInvoice.outgoingInvoice;
    expect(inv?.status).toBe('DRAFT');
    expect(inv?.customer.code).toBe(customer.code);
    expect(inv?.lines[0]).toEqual({
      productCode: product.code,
      quantity: 2,
      product: { code: product.code },
    });
    expect(inv?.lines).toHaveLength(2);
    expect(inv?.lines[1]?.productCode).toBeNull();
  });

  it('refuses statuses and line types clients may not set, as a ValidationError with fields', async () => {
    h.emulator.reset();
    const res = await h.gql<{
      createOutgoingInvoice: { __typename: string; fields: { field: string }[] };
    }>(
      /* GraphQL */ `
        mutation ($input: CreateOutgoingInvoiceInput!) {
          createOutgoingInvoice(input: $input) {
            __typename
            ... on ValidationError { message fields { field message } }
          }
        }
      `,
      {
        input: {
          data: {
            customerCode: 10001,
            status: 'PAID',
            outgoingInvoiceLines: [{ lineType: 'INVOICE_FEE' }, { lineType: 'NORMAL' }],
          },
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOutgoingInvoice.__typename).toBe('ValidationError');
    expect(res.data?.createOutgoingInvoice.fields.map((f) => f.field)).toEqual([
      'input.data.status',
      'input.data.outgoingInvoiceLines[0].lineType',
      'input.data.outgoingInvoiceLines[1].productCode',
    ]);
    expect(h.upstream()).toEqual([]);
  });

  it('refuses rules declared on lines and between fields before any upstream call (B9, B12, A10)', async () => {
    h.emulator.reset();
    type Result = { __typename: string; fields?: { field: string; message: string }[] };
    const res = await h.gql<{ invoice: Result; attachment: Result }>(
      /* GraphQL */ `
        mutation ($invoice: CreateOutgoingInvoiceInput!, $attachment: CreateInvoiceAttachmentInput!) {
          invoice: createOutgoingInvoice(input: $invoice) {
            __typename ... on ValidationError { fields { field message } }
          }
          attachment: createInvoiceAttachment(input: $attachment) {
            __typename ... on ValidationError { fields { field message } }
          }
        }
      `,
      {
        invoice: {
          data: {
            customerCode: 10001,
            contactGroupId: 1,
            outgoingInvoiceLines: [
              // A percent where the reference wants a fraction 0..1.
              { productCode: '1001', discountPercent: 10 },
              { productCode: '1001', externalImportLineReference: 'x'.repeat(51) },
              { productCode: '1001', externalImportLineReference: 'Linje-A' },
              { productCode: '1001', externalImportLineReference: 'linje-a' },
            ],
          },
        },
        // A global id where the reference wants the invoice's GUID.
        attachment: {
          data: {
            invoiceId: Buffer.from('OutgoingInvoice:1').toString('base64'),
            fileName: 'a.txt',
            base64EncodedData: 'YQ==',
          },
        },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.invoice.__typename).toBe('ValidationError');
    expect(res.data?.invoice.fields?.map((f) => f.field).sort()).toEqual([
      'input.data.customerCode',
      'input.data.outgoingInvoiceLines[0].discountPercent',
      'input.data.outgoingInvoiceLines[1].externalImportLineReference',
      'input.data.outgoingInvoiceLines[3].externalImportLineReference',
    ]);
    expect(res.data?.attachment.__typename).toBe('ValidationError');
    expect(res.data?.attachment.fields).toEqual([
      { field: 'input.data.invoiceId', message: expect.stringMatching(/GUID/) },
    ]);
    expect(h.upstream()).toEqual([]);
  });

  it('returns a ValidationError when PowerOffice refuses the invoice', async () => {
    const res = await h.gql<{ createOutgoingInvoice: { __typename: string; message: string } }>(
      /* GraphQL */ `
        mutation {
          createOutgoingInvoice(input: { data: { customerCode: 424242 } }) {
            __typename
            ... on UserError { message }
          }
        }
      `,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.createOutgoingInvoice.__typename).toBe('ValidationError');
  });
});

describe('contact-group titles ignore case (reference B4)', () => {
  it('a customer saved with "storkunder" belongs to the existing "Storkunder" group', async () => {
    const groups = () => h.emulator.rows('ContactGroup');
    const existing = groups().find((g) => g.title === 'Storkunder');
    expect(existing).toBeDefined();
    const before = groups().length;
    const res = await h.gql<{
      createCustomer: { customer?: { contactGroupTitles: string[]; contactGroups: unknown[] } };
    }>(
      `mutation { createCustomer(input: { data: { name: "Kasus AS", contactGroups: ["storkunder"] } }) {
        ... on CreateCustomerPayload { customer { contactGroupTitles contactGroups { databaseId title } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const customer = res.data?.createCustomer.customer;
    expect(customer?.contactGroupTitles).toEqual(['storkunder']);
    expect(customer?.contactGroups).toEqual([{ databaseId: existing?.id, title: 'Storkunder' }]);
    expect(groups()).toHaveLength(before);
  });
});

describe('ContactPerson under a supplier (a sub-resource with two parents, reference B5)', () => {
  type Result = { r: { __typename: string; contactPerson?: Record<string, unknown> } };
  const CREATE = /* GraphQL */ `
    mutation ($input: CreateContactPersonInput!) {
      r: createContactPerson(input: $input) {
        __typename
        ... on CreateContactPersonPayload { contactPerson { id partyId partySupplierCode supplier { databaseId } } }
      }
    }
  `;

  it('adds, updates and removes a contact person at /Supplier/{id}/Contact', async () => {
    const first = await h.gql<{
      suppliers: { nodes: { id: string; databaseId: number; code: number }[] };
    }>('{ suppliers(first: 1) { nodes { id databaseId code } } }');
    const supplier = first.data?.suppliers.nodes[0];
    h.emulator.reset();
    const created = await h.gql<Result>(CREATE, {
      input: { supplierId: supplier?.id, data: { firstName: 'Per', lastName: 'Leverandør' } },
    });
    expect(created.errors).toBeUndefined();
    const person = created.data?.r.contactPerson;
    expect(person).toMatchObject({
      partyId: supplier?.databaseId,
      partySupplierCode: supplier?.code,
      supplier: { databaseId: supplier?.databaseId },
    });
    expect(h.upstream()[0]?.path).toBe(`/Supplier/${supplier?.databaseId}/Contact`);

    h.emulator.reset();
    const updated = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: updateContactPerson(input: { id: "${person?.id}", data: { phoneNumber: "+47 99 99 99 99" } }) { __typename } }`,
    );
    expect(updated.data?.r.__typename).toBe('UpdateContactPersonPayload');
    expect(
      h
        .upstream()
        .filter((r) => r.method === 'POST')
        .map((r) => r.path),
    ).toEqual([`/Supplier/${supplier?.databaseId}/Contact`]);

    h.emulator.reset();
    const removed = await h.gql<{ r: { __typename: string } }>(
      `mutation { r: deleteContactPerson(id: "${person?.id}") { __typename } }`,
    );
    expect(removed.data?.r.__typename).toBe('DeleteContactPersonPayload');
    expect(h.upstream().filter((r) => r.method === 'DELETE')[0]?.path).toMatch(
      new RegExp(`^/Supplier/${supplier?.databaseId}/Contact/`),
    );
  });

  it('refuses a create naming both or neither parent, before any upstream call', async () => {
    h.emulator.reset();
    const neither = await h.gql<{ r: { __typename: string } }>(
      'mutation { r: createContactPerson(input: { data: { firstName: "X" } }) { __typename } }',
    );
    expect(neither.data?.r.__typename).toBe('ValidationError');
    expect(h.upstream()).toHaveLength(0);
  });
});
