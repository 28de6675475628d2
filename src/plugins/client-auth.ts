import { hash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

/** The facade's own client authentication: who may use the company's PowerOffice credentials. */
export interface ClientAuthOptions {
  /**
   * Digests (`digestApiKey`) of the accepted bearer secrets. Empty: authentication is off and
   * every client is let in.
   */
  readonly keyDigests: readonly Buffer[];
}

/** The SHA-256 digest of a secret; every comparison is between two 32-byte digests. */
export function digestApiKey(secret: string): Buffer {
  return hash('sha256', secret, 'buffer');
}

/**
 * True when `presented` is one of the keys whose digests are given. Hashing first gives both
 * sides the same length (so `timingSafeEqual` applies and the length leaks nothing), and every
 * key is compared without stopping at a match, so the time taken does not say which one matched.
 */
export function matchesApiKey(presented: string, keyDigests: readonly Buffer[]): boolean {
  const candidate = digestApiKey(presented);
  let matched = false;
  for (const digest of keyDigests) {
    // Bitwise OR on purpose: a short-circuiting `||` would skip the remaining comparisons.
    matched = timingSafeEqual(candidate, digest) || matched;
  }
  return matched;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined for anything else. */
export function bearerToken(header: string | null): string | undefined {
  if (header === null) return undefined;
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return match?.[1];
}

const UNAUTHENTICATED_BODY = JSON.stringify({
  errors: [
    {
      message: 'Authentication required: send `Authorization: Bearer <API key>`.',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
});

/**
 * Requires a valid `Authorization: Bearer <key>` on every request that reaches it and answers
 * anything else with 401, `WWW-Authenticate: Bearer` and a GraphQL-shaped error, before any
 * parsing or upstream call. The reply is the same for a missing, malformed and wrong key, and
 * names no key. What stays open is what answers before it: Yoga's CORS preflights and GraphiQL
 * page (a static page; its own requests need the key like any client's) run ahead of every user
 * plugin, and the health, asset and redirect plugins must be registered ahead of this one.
 * Guarding everything else, rather than the endpoint's path, leaves no spelling of that path
 * (a trailing slash, a pattern match) unguarded.
 */
export function useClientAuth(options: ClientAuthOptions): Plugin {
  const digests = options.keyDigests;
  if (digests.length === 0) return {};
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      // A preflight carries no credentials; with CORS on, Yoga has answered it already.
      if (request.method === 'OPTIONS') return;
      const token = bearerToken(request.headers.get('authorization'));
      if (token !== undefined && matchesApiKey(token, digests)) return;
      endResponse(
        new fetchAPI.Response(UNAUTHENTICATED_BODY, {
          status: 401,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'www-authenticate': 'Bearer',
            'cache-control': 'no-store',
          },
        }),
      );
    },
  };
}
