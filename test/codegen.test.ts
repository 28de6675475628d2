import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import codegenConfig from '../codegen.js';
import {
  CreateCustomerDocument,
  CustomerInvoicesDocument,
  type CustomerInvoicesQuery,
  type CustomerInvoicesQueryVariables,
  ProductSearchDocument,
} from '../examples/generated/graphql.js';
import { loadConfig, withSandbox } from '../src/config.js';
import { type EmulatorHandle, startEmulator } from '../src/emulator/index.js';
import { createClient, type PowerOfficeClient } from '../src/poweroffice/client.js';
import { type AppServer, createServer } from '../src/server.js';

// What a frontend team gets from `npm run codegen`: TypedDocumentNodes whose result and
// variables types follow the schema. This file is type-checked by `npm test` (tsconfig includes
// test/ and examples/), so the type assertions below fail the build, not just this run.

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let emulator: EmulatorHandle;
let client: PowerOfficeClient;
let server: AppServer;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, scale: 'tiny' });
  const config = withSandbox(loadConfig({}), emulator);
  client = createClient(config.powerOffice);
  server = createServer({ client, config, logger: pino({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.close();
  await client?.close();
  await emulator?.stop();
});

/** A minimal typed client, as a frontend would write one around fetch. */
async function execute<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const res = await server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (body.data === undefined) throw new Error('no data');
  return body.data;
}

describe('generated typed operations', () => {
  it('CustomerInvoices runs through yoga.fetch with typed variables and result', async () => {
    const invoice = emulator.rows('OutgoingInvoice').find((row) => row.customerCode != null);
    const code = Number(invoice?.customerCode);
    const variables: CustomerInvoicesQueryVariables = { code, first: 3 };

    const data = await execute(CustomerInvoicesDocument, variables);

    expectTypeOf(data).toEqualTypeOf<CustomerInvoicesQuery>();
    // The customer number is always there (a key): only the customer itself may be absent.
    expectTypeOf(data.customer?.code).toEqualTypeOf<number | undefined>();
    expectTypeOf(data.customer?.invoices?.totalCount).toEqualTypeOf<number | undefined>();
    expect(data.customer?.code).toBe(code);
    const invoices = data.customer?.invoices?.nodes ?? [];
    expect(invoices.length).toBeGreaterThan(0);
    expect(invoices.length).toBeLessThanOrEqual(3);
    const lines = invoices.flatMap((i) => i?.lines ?? []);
    expect(lines.some((l) => typeof l.product?.name === 'string')).toBe(true);
  });

  it('ProductSearch pages products with a typed cursor', async () => {
    const first = await execute(ProductSearchDocument, { search: '', first: 2 });
    expectTypeOf(first.products?.pageInfo.endCursor).toEqualTypeOf<string | null | undefined>();
    expect(first.products?.nodes).toHaveLength(2);
    const next = await execute(ProductSearchDocument, {
      search: '',
      first: 2,
      after: first.products?.pageInfo.endCursor ?? null,
    });
    expect(next.products?.nodes?.[0]?.id).not.toBe(first.products?.nodes?.[0]?.id);
  });

  it('CreateCustomer narrows its union result by __typename', async () => {
    const created = await execute(CreateCustomerDocument, {
      data: { name: 'Codegen Test AS', emailAddress: 'post@codegen.example' },
    });
    const ok = created.createCustomer;
    if (ok.__typename !== 'CreateCustomerPayload') throw new Error(`got ${ok.__typename}`);
    expectTypeOf(ok.customer.name).toEqualTypeOf<string | null | undefined>();
    expect(ok.customer.name).toBe('Codegen Test AS');
    expect(emulator.rows('Customer').some((row) => row.name === 'Codegen Test AS')).toBe(true);

    // A customer number that is taken: PowerOffice's unique constraint, as a typed result.
    const taken = Number(emulator.rows('Customer')[0]?.code);
    const refused = await execute(CreateCustomerDocument, { data: { code: taken, name: 'Dup' } });
    const failure = refused.createCustomer;
    if (failure.__typename !== 'ConflictError') throw new Error(`got ${failure.__typename}`);
    expectTypeOf(failure.message).toEqualTypeOf<string>();
    expect(failure.message.length).toBeGreaterThan(0);
  });

  it('rejects wrong variables at compile time', () => {
    // @ts-expect-error: `code` is a Long, i.e. a number.
    const wrong: CustomerInvoicesQueryVariables = { code: '10001' };
    expect(wrong).toBeDefined();
  });
});

describe('examples/generated', () => {
  it('is what `npm run codegen` produces from schema.graphql today', async () => {
    const outputs = await generate({ ...codegenConfig, cwd: ROOT, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(join(ROOT, output.filename), 'utf8');
      if (committed !== output.content) {
        expect.fail(`${output.filename} is stale: run \`npm run codegen\` and commit the result.`);
      }
    }
  }, 30_000);
});
