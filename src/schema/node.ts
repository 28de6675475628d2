import { resolveNodes } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { isGuid } from '../poweroffice/odata.js';
import { allResources } from '../poweroffice/resources/registry.js';
import { builder, decodeGlobalId, MAX_NODE_IDS, type Types } from './builder.js';
import { upstream } from './cost.js';
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

/** Parses the id part of a global id as a PowerOffice GUID (invoices). */
export function parseGuid(id: string): string {
  if (!isGuid(id)) throw badInput(`"${id.slice(0, 40)}" is not an invoice id (a GUID).`);
  return id;
}

/**
 * A node's own top-level copy of a loaded DTO: the relay plugin brands loaded nodes with their
 * type (a property write), and the client hands out shared, deep-frozen values.
 */
export function ownNode<T extends object>(row: T | null): T | null {
  return row === null ? null : { ...row };
}

/**
 * `nodes(ids:)`: each id is resolved on its own. A malformed id, an id of a type that is not a
 * node, or an unknown record is null at its index (with an error for that index when the id is
 * bad or its load failed); the other ids keep their nodes (design.md: "a bad id in `nodes` is a
 * null at its index, never a lost response"). Ids of one type still load in one batch.
 */
builder.queryField('nodes', (t) =>
  t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description:
      'The nodes with these global ids, in order: null for an unknown record, and null with an ' +
      'error at its index for an id that is malformed or not a node id.',
    extensions: upstream({ calls: 'perId', arg: 'ids', max: MAX_NODE_IDS }),
    args: {
      ids: t.arg.idList({
        required: true,
        description: `Global ids, at most ${MAX_NODE_IDS}; each costs up to one PowerOffice call.`,
      }),
    },
    resolve: (_root, args, ctx, info) => {
      // Also refused before execution by the operation limits; this guards any other path.
      if (args.ids.length > MAX_NODE_IDS) {
        throw badInput(`\`nodes\` takes at most ${MAX_NODE_IDS} ids; ${args.ids.length} given.`, {
          argument: 'ids',
          max: MAX_NODE_IDS,
        });
      }
      return args.ids.map(async (raw) => {
        const globalId = String(raw);
        try {
          const { typename, id } = decodeGlobalId(globalId);
          const spec = allResources.find((r) => r.name === typename && r.graph);
          if (!spec) throw badInput(`"${globalId.slice(0, 60)}" is not the id of a node.`);
          const parsed = spec.nodeKey
            ? id
            : spec.idKind === 'guid'
              ? parseGuid(id)
              : parseIntegerId(id);
          const [node] = await resolveNodes(builder, ctx, info, [{ typename, id: parsed }]);
          return (node ?? null) as object | null;
        } catch (e) {
          // Returned, not thrown: graphql-js reports an Error item at its own index.
          return e instanceof Error ? e : new GraphQLError('The node could not be loaded.');
        }
      }) as never;
    },
  }),
);
