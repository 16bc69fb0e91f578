// Small HTTP helpers for setting up benchmark participants: requests that keep
// cookies and never follow redirects, and the form's CSRF token.

/** Cookies from Set-Cookie headers, sent back as one Cookie header. */
export class CookieJar {
  /** @type {Map<string, string>} */
  #cookies = new Map();

  /** @param {string[]} setCookieHeaders */
  store(setCookieHeaders) {
    for (const header of setCookieHeaders) {
      const pair = header.split(';', 1)[0] ?? '';
      const equals = pair.indexOf('=');
      if (equals > 0) {
        this.#cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
      }
    }
  }

  /** @returns {string} the Cookie header value, empty when there are no cookies */
  header() {
    return [...this.#cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** @param {string} name */
  get(name) {
    return this.#cookies.get(name);
  }
}

/**
 * Encodes form fields as application/x-www-form-urlencoded. Array values
 * repeat the field name, as checkboxes do.
 *
 * @param {Record<string, string | string[]>} fields
 */
export function formBody(fields) {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      form.append(name, item);
    }
  }
  return form.toString();
}

/**
 * Sends one request, stores any cookies it sets in `jar` and returns the
 * status, Location header and body text. Redirects are not followed.
 *
 * @param {string} url
 * @param {{ jar?: CookieJar, form?: Record<string, string | string[]>, timeoutMs?: number }} [options]
 */
export async function send(url, options = {}) {
  /** @type {Record<string, string>} */
  const headers = {};
  const cookie = options.jar?.header();
  if (cookie) {
    headers.cookie = cookie;
  }
  let body;
  if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = formBody(options.form);
  }
  const response = await fetch(url, {
    method: options.form ? 'POST' : 'GET',
    headers,
    body,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  const text = await response.text();
  options.jar?.store(response.headers.getSetCookie());
  return {
    status: response.status,
    location: response.headers.get('location') ?? undefined,
    text,
  };
}

/**
 * Sends `url` and throws unless the response has status `expected`.
 *
 * @param {string} url
 * @param {number} expected
 * @param {Parameters<typeof send>[1]} [options]
 */
export async function expectStatus(url, expected, options) {
  const response = await send(url, options);
  if (response.status !== expected) {
    const method = options?.form ? 'POST' : 'GET';
    throw new Error(
      `${method} ${url} returned ${response.status}${response.location ? ` to ${response.location}` : ''}, expected ${expected}`,
    );
  }
  return response;
}

/**
 * Returns the value of the page's hidden `_csrf` input.
 *
 * @param {string} html
 */
export function csrfTokenOf(html) {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) {
    throw new Error('The page has no hidden _csrf input');
  }
  return match[1];
}
