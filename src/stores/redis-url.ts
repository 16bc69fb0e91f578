/** Returns the URL with its password replaced by ***, for logs and error messages. */
export function redactRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
