import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Yoga's default request body limit, kept. */
export const MAX_REQUEST_BODY_BYTES = 25_000_000;

const tooLarge = () =>
  createGraphQLError('Request body too large', {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });

/** Only a single non-negative integer is a valid Content-Length (no lists, no signs). */
const CONTENT_LENGTH = /^\d+$/;

/**
 * The request body limit, in place of Yoga's own (`maxRequestBodySize: false`), with the same
 * answers: 400 `BAD_REQUEST` for an unreadable `Content-Length`, 413 `REQUEST_ENTITY_TOO_LARGE`
 * for one above the limit, and the bytes counted as they stream when there is none (chunked).
 * What differs is cost: Yoga re-wraps every body in a counting `TransformStream` and a new
 * `Request`, also when `Content-Length` already bounds it (node's HTTP parser never delivers more
 * body than that header says); that wrapping was a few per cent of a cold operation's CPU
 * (bench/analysis.md). Here only a body of unknown length is wrapped.
 *
 * Must come after every plugin that registers a request parser, so it wraps the one selected.
 */
export function useRequestBodyLimit(limit = MAX_REQUEST_BODY_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const contentLength = request.headers.get('content-length');
      if (contentLength !== null) {
        if (!CONTENT_LENGTH.test(contentLength)) {
          throw createGraphQLError('Content-Length header is invalid.', {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
        if (Number(contentLength) > limit) throw tooLarge();
        return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => {
        const body = req.body;
        if (!body) return parse(req);
        // A native stream needs the native TransformStream (whatwg-node's ponyfill cannot pipe
        // into it), as in Yoga's own limit.
        const Transform =
          body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
        let read = 0;
        const limited = body.pipeThrough(
          new Transform({
            transform(chunk: Uint8Array, controller: TransformStreamDefaultController) {
              read += chunk.byteLength;
              if (read > limit) {
                controller.error(tooLarge());
                return;
              }
              controller.enqueue(chunk);
            },
          }),
        );
        return parse(
          new fetchAPI.Request(req.url, {
            method: req.method,
            headers: req.headers,
            signal: req.signal,
            body: limited,
            // @ts-expect-error `duplex` is required for a stream body but missing from the DOM types.
            duplex: 'half',
          }),
        );
      });
    },
  };
}
