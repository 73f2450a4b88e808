export type QueryValue = string | number | boolean | bigint;

/**
 * Query parameters. Keys are sent percent-encoded as given (`page[size]` → `page%5Bsize%5D`);
 * an array repeats the key (`ids=1&ids=2`; join it yourself for comma lists such as
 * Zendesk's `ids=1,2,3`); `undefined` and `null` are left out.
 */
export type QueryParams = Record<string, QueryValue | readonly QueryValue[] | null | undefined>;

/** Thrown when a request would leave the vendor's origin; the transport turns it into an UpstreamError. */
export class CrossOriginRequestError extends Error {
  constructor(readonly targetOrigin: string) {
    super(`refused to send a request to ${targetOrigin}, which is not the vendor's origin`);
    this.name = 'CrossOriginRequestError';
  }
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Builds the URL of one request. A relative `path` is appended to the base URL's path
 * (`/api/v2` + `/tickets.json`); an absolute URL (a vendor's `next` link) is used as is but
 * only on the base URL's origin, so credentials are never sent to another host.
 */
export function buildRequestUrl(baseUrl: URL, path: string, query?: QueryParams): URL {
  let url: URL;
  if (ABSOLUTE_URL.test(path)) {
    let target: URL;
    try {
      target = new URL(path);
    } catch {
      throw new CrossOriginRequestError('an invalid URL');
    }
    if (target.origin !== baseUrl.origin || target.username !== '' || target.password !== '') {
      throw new CrossOriginRequestError(target.protocol === 'http:' || target.protocol === 'https:' ? target.origin : target.protocol);
    }
    url = target;
  } else {
    const basePath = baseUrl.pathname.replace(/\/+$/, '');
    const relative = path.startsWith('/') ? path : `/${path}`;
    url = new URL(`${baseUrl.origin}${basePath}${relative}`);
  }
  url.hash = '';
  if (query) {
    for (const [key, value] of Object.entries(query)) {
      if (value === undefined || value === null) continue;
      const values = Array.isArray(value) ? (value as readonly QueryValue[]) : [value as QueryValue];
      for (const item of values) url.searchParams.append(key, String(item));
    }
  }
  return url;
}
