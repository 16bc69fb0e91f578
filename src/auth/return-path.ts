const placeholderOrigin = 'http://journey-kit.invalid';

/**
 * Returns `value` when it is a path on this site, such as '/lambeth/x?y=1',
 * and '/' for anything else: absolute URLs, protocol-relative '//host',
 * backslashes (which browsers read as slashes) and control characters (which
 * browsers drop), so a sign-in link cannot send anyone to another site.
 */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return fallback;
  if (value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, placeholderOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== placeholderOrigin) return fallback;
  // Resolving dot segments can turn '/.//host' into '//host', so check the result too.
  const path = url.pathname + url.search;
  return path.startsWith('//') ? fallback : path;
}
