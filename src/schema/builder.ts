import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import { Kind } from 'graphql';
import { type Context, DEFAULT_PAGING } from '../context.js';
import { upstream } from './cost.js';
import { badInput } from './errors.js';

/** Most ids one `nodes(ids:)` takes: each is one upstream GET (or one batched key). */
export const MAX_NODE_IDS = DEFAULT_PAGING.maxPageSize;

/**
 * The composition root of the schema: the builder, its plugins, the custom scalars and the empty
 * root types. Domain types live in `types/`, one file each.
 *
 * Nullability is decided here once: Pothos' default, nullable unless a field says otherwise,
 * because PowerOffice omits null properties and a failing relation must not wipe out its parent.
 */
export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
    Long: { Input: number; Output: number };
    ID: { Input: string; Output: string | number };
  };
  // A page never holds null rows: frontends read `edges`/`nodes` without `?.`.
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  plugins: [ErrorsPlugin, RelayPlugin],
  relay: {
    cursorType: 'String',
    // Each connection exposes the page's own `nodes` instead (schema/lists.ts `connectionOf`).
    nodesOnConnection: false,
    clientMutationId: 'omit',
    brandLoadedObjects: true,
    nodeQueryOptions: { nullable: true, extensions: upstream({ calls: 'list' }) },
    // `nodes(ids:)` is our own (schema/node.ts): one bad id is a null at its index.
    nodesQueryOptions: false,
    decodeGlobalID: (globalID) => decodeGlobalId(globalID),
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
    firstArgOptions: {
      description:
        `Rows from the start (or after \`after\`): ${DEFAULT_PAGING.defaultPageSize} when ` +
        `neither \`first\` nor \`last\` is given, at most ${DEFAULT_PAGING.maxPageSize}; ` +
        'a larger value is an error, not a clamp. Give `first` or `last`, not both.',
    },
    lastArgOptions: {
      description:
        `Rows from the end (or before \`before\`), at most ${DEFAULT_PAGING.maxPageSize}; ` +
        'a larger value is an error. Give `first` or `last`, not both.',
    },
    afterArgOptions: { description: 'Rows after this cursor (an `endCursor` of this list).' },
    beforeArgOptions: { description: 'Rows before this cursor (a `startCursor` of this list).' },
  },
  errors: { defaultTypes: [] },
});

/** Global ids are base64 of `Typename:databaseId`; anything else is the client's mistake. */
export function decodeGlobalId(globalID: string): { typename: string; id: string } {
  const text = Buffer.from(globalID, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon <= 0 || colon === text.length - 1 || !/^[A-Za-z]+$/.test(text.slice(0, colon))) {
    throw badInput(`"${truncate(globalID)}" is not a valid global id.`);
  }
  return { typename: text.slice(0, colon), id: text.slice(colon + 1) };
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// PowerOffice has been seen writing a space before the offset ("07:58:57 +00:00").
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s?(Z|([+-])(\d{2}):?(\d{2}))?$/;
/** The instants .NET's DateTime and DateTimeOffset can hold: 0001-01-01 to 9999-12-31 (UTC). */
const MIN_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const MAX_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/**
 * The instant of an ISO-8601 date or date-time, or undefined unless every part is in its range:
 * JavaScript's `Date` rolls `2025-02-30` over to March 2nd and reads a date-time without offset
 * as local time, so the parts are checked here and an absent offset means UTC.
 */
function strictInstant(value: string): number | undefined {
  const m = DATETIME_RE.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((p) => (p === undefined ? undefined : Number(p)));
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const offsetHours = Number(m[10] ?? 0);
  const offsetMinutes = Number(m[11] ?? 0);
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) {
    return undefined;
  }
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  // A day or month out of range rolls over; the round trip catches it (and February 29th).
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return undefined;
  if (date.getUTCDate() !== day) return undefined;
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const sign = m[9] === '-' ? -1 : 1;
  const instant =
    date.getTime() +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    fraction -
    sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return instant < MIN_INSTANT || instant > MAX_INSTANT ? undefined : instant;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw badInput('Date must be a calendar date written YYYY-MM-DD.');
  }
  if (strictInstant(value) === undefined) {
    throw badInput(
      `Date "${value}" does not exist or is outside 0001-01-01 to 9999-12-31 (no February 30th).`,
    );
  }
  return value;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== 'string' || !DATETIME_RE.test(value)) {
    throw badInput('DateTime must be an ISO-8601 date-time, e.g. 2025-01-31T12:00:00Z.');
  }
  const instant = strictInstant(value);
  if (instant === undefined) {
    throw badInput(
      `"${truncate(value)}" is not a valid DateTime: each part must be in range (no February ` +
        '30th, no hour 24) and the instant between 0001-01-01 and 9999-12-31 (UTC).',
    );
  }
  return new Date(instant).toISOString();
}

builder.scalarType('Date', {
  description:
    'A calendar date, YYYY-MM-DD. PowerOffice dates without an offset (.NET DateTime) are ' +
    'served as their date part.',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('DateTime', {
  description: 'An instant, ISO-8601 with offset; served in UTC (2025-01-31T12:00:00.000Z).',
  serialize: (value) => {
    const text = String(value);
    const d = new Date(text.replace(/\s(?=[+-Z])/, ''));
    return Number.isNaN(d.getTime()) ? text : d.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseLong(value: unknown): number {
  const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) {
    throw badInput('Long must be an integer within ±9007199254740991.');
  }
  return n;
}

builder.scalarType('Long', {
  description: 'A 64-bit integer (PowerOffice ids and numbers), limited to the safe JSON range.',
  serialize: (value) => value,
  parseValue: parseLong,
  parseLiteral: (ast) =>
    parseLong(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.queryType({ description: 'Read access to the PowerOffice client (company).' });
builder.mutationType({ description: 'Writes to PowerOffice.' });

/** The builder's resolved schema types, for helpers that take field builders. */
export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
