import { GraphQLError } from 'graphql';

/** The refusal of a body that grew past the limit as it streamed (no Content-Length to judge it by). */
export function streamedBodyTooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The request body is too large: over ${limit} bytes (LIMIT_MAX_BODY_BYTES)`, {
    extensions: { code: 'REQUEST_TOO_LARGE', limit, http: { status: 413 } },
  });
}

/**
 * The request with its body cut off past `limit` bytes: reading it fails with REQUEST_TOO_LARGE
 * (413) once more has arrived. Only for bodies without a Content-Length (chunked): a declared
 * length is judged before the body is read, and Node's HTTP parser reads no more than it.
 */
export function limitStreamedBody(request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body;
  if (!body) return request;
  // A native stream needs the native TransformStream (whatwg-node's ponyfill one cannot take it).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(streamedBodyTooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: limited, duplex: 'half' } as RequestInit);
}
