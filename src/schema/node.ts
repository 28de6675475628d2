import type { Types } from './builder.js';
import { badInput } from './errors.js';

/**
 * `databaseId`: the PowerOffice id of a node, next to its global `id`. Long for parties and
 * dimensions, Int for VAT codes, a GUID string for invoices.
 */
export function databaseId<P extends { id?: unknown }>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>,
  type: 'Long' | 'Int' | 'String',
) {
  return t.field({
    type: type as 'String',
    nullable: false,
    description: 'PowerOffice id of the record (the id of its REST resource).',
    resolve: (p) => p.id as string,
  });
}

/** Parses the id part of a global id as a PowerOffice integer id. */
export function parseIntegerId(id: string): number {
  const n = /^-?\d{1,16}$/.test(id) ? Number(id) : Number.NaN;
  if (!Number.isSafeInteger(n)) throw badInput(`"${id.slice(0, 40)}" is not a PowerOffice id.`);
  return n;
}

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Parses the id part of a global id as a PowerOffice GUID (invoices). */
export function parseGuid(id: string): string {
  if (!GUID_RE.test(id)) throw badInput(`"${id.slice(0, 40)}" is not an invoice id (a GUID).`);
  return id;
}

/**
 * A node's own top-level copy of a loaded DTO: the relay plugin brands loaded nodes with their
 * type (a property write), and the client hands out shared, deep-frozen values.
 */
export function ownNode<T extends object>(row: T | null): T | null {
  return row === null ? null : { ...row };
}
