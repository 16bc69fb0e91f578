/** Returns the URL with its password replaced by ***, for logs and error messages. */
export function redactRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Text that is not a URL may still hold a password between ':' and '@'.
    return url.replace(/:[^:@/]*@/, ':***@');
  }
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
