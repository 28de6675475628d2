import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/**
 * Headers that prove a request is not a cross-site "simple" request: a browser page on another
 * origin can set none of them without a CORS preflight, which our CORS policy then answers.
 * Apollo Client and Server use `apollo-require-preflight` and `x-apollo-operation-name`, the
 * GraphQL-over-HTTP draft `graphql-preflight`, Yoga `x-graphql-yoga-csrf`. `Authorization` is
 * deliberately not one: a browser resends cached Basic credentials on cross-site requests.
 */
export const PREFLIGHT_HEADERS: readonly string[] = [
  'x-graphql-yoga-csrf',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'graphql-preflight',
];

export const CSRF_CODE = 'CSRF_PREFLIGHT_REQUIRED';

/**
 * Refuses, with HTTP 403 and `CSRF_PREFLIGHT_REQUIRED` before anything is parsed or run, every
 * GraphQL request a page on another site could send without a preflight: a GET, or a POST whose
 * content type is form-encoded, multipart or `text/plain`, unless it carries one of
 * `PREFLIGHT_HEADERS`. JSON POSTs (`application/json`, what every GraphQL client and GraphiQL
 * send) pass. This holds in every auth mode: with `FACADE_AUTH=none` or in the sandbox a
 * cross-site form could otherwise run mutations, and CORS only hides the answer from the
 * attacker, it does not stop the request. Yoga's CSRF plugin does the check; this wrapper adds
 * a code and a message that says what to send.
 */
export function useCsrfGuard(): Plugin {
  const inner = useCSRFPrevention({ requestHeaders: [...PREFLIGHT_HEADERS] });
  return {
    onRequestParse(payload) {
      try {
        return inner.onRequestParse?.(payload);
      } catch {
        throw createGraphQLError(
          'This request could come from another site (a GET, or a form, multipart or text/plain ' +
            'POST). Send JSON (`content-type: application/json`) or add a header such as ' +
            '`graphql-preflight: 1`.',
          { extensions: { code: CSRF_CODE, http: { status: 403 } } },
        );
      }
    },
  };
}
