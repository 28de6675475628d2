import { hash } from 'node:crypto';
import { createInMemoryAPQStore, useAPQ } from '@graphql-yoga/plugin-apq';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';

/** SHA-256 hex of a document's text: the hash Apollo's link and graphql-codegen send. */
export function documentHash(document: string): string {
  return hash('sha256', document, 'hex');
}

/**
 * Codes of the refusals, stable for clients. `PERSISTED_QUERY_NOT_FOUND` (message
 * `PersistedQueryNotFound`) is what Apollo's persisted-query link answers by resending the
 * operation with its text.
 */
export const PERSISTED_CODES = {
  notFound: 'PERSISTED_QUERY_NOT_FOUND',
  onlyTrusted: 'PERSISTED_QUERY_ONLY',
  idRequired: 'PERSISTED_QUERY_ID_REQUIRED',
} as const;

/** Registered automatic persisted queries kept per process, and for how long. */
const APQ_STORE = { max: 1000, ttl: 24 * 60 * 60 * 1000 } as const;

/**
 * Automatic persisted queries (Apollo's protocol): a request with
 * `extensions.persistedQuery.sha256Hash` and no query runs the document registered under that
 * hash, or answers `PersistedQueryNotFound` (HTTP 404), upon which the client resends the hash
 * with the query; the text is checked against the hash (`PersistedQueryMismatch` otherwise) and
 * registered. The store is this process's memory: a bounded LRU (`APQ_STORE`), so another
 * replica or a restart costs one extra round trip, never a failure.
 */
export function useAutomaticPersistedQueries(): Plugin {
  return useAPQ({ store: createInMemoryAPQStore(APQ_STORE) });
}

/** The id of a persisted-document request: `documentId` (GraphQL over HTTP) or Apollo's hash. */
function documentIdOf(params: GraphQLParams): string | null {
  const documentId = (params as { documentId?: unknown }).documentId;
  if (typeof documentId === 'string' && documentId !== '') return documentId;
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/**
 * Trusted documents: only the documents of `manifest` (id → text, as graphql-codegen's
 * `persistedDocuments` writes it) run; nothing is registered at run time. A request may name a
 * document by id (`documentId`, or `extensions.persistedQuery.sha256Hash`) or send its full text,
 * which runs only when its SHA-256 is the hash of a listed document. Everything else is refused
 * before parsing: an unknown id with `PERSISTED_QUERY_NOT_FOUND`, an unlisted text with
 * `PERSISTED_QUERY_ONLY` (HTTP 403), a request with neither with `PERSISTED_QUERY_ID_REQUIRED`.
 */
export function useTrustedDocuments(manifest: ReadonlyMap<string, string>): Plugin {
  const listedTexts = new Set([...manifest.values()].map(documentHash));
  // Requests whose full text is listed; the persisted-operations plugin asks by request.
  const listedRequests = new WeakSet<Request>();
  const persisted = usePersistedOperations({
    getPersistedOperation: (id) => manifest.get(id) ?? null,
    extractPersistedOperationId: documentIdOf,
    allowArbitraryOperations: (request) => listedRequests.has(request),
    customErrors: {
      notFound: {
        message: 'PersistedQueryNotFound',
        extensions: { code: PERSISTED_CODES.notFound, http: { status: 404 } },
      },
      persistedQueryOnly: {
        message:
          'Only trusted documents run on this server, and this one is not in its list. ' +
          "Build the operation into the client's persisted documents.",
        extensions: { code: PERSISTED_CODES.onlyTrusted, http: { status: 403 } },
      },
      keyNotFound: {
        message: 'Send a trusted document id (`documentId` or extensions.persistedQuery).',
        extensions: { code: PERSISTED_CODES.idRequired, http: { status: 400 } },
      },
    },
  });
  return {
    onParams(payload) {
      const { query } = payload.params;
      if (typeof query === 'string' && listedTexts.has(documentHash(query))) {
        listedRequests.add(payload.request);
      }
      return persisted.onParams?.(payload);
    },
    ...(persisted.onParse ? { onParse: persisted.onParse } : {}),
    ...(persisted.onValidate ? { onValidate: persisted.onValidate } : {}),
  };
}
