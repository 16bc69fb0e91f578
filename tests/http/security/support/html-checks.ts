import { expect } from 'vitest';

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Returns the start tags of an HTML page with their attributes, names in lower case. */
export function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  for (const match of html.matchAll(TAG)) {
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(ATTRIBUTE)) {
      attributes.set(attribute[1]!.toLowerCase(), attribute[2] ?? attribute[3] ?? attribute[4] ?? '');
    }
    tags.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return tags;
}

/** Returns the nonce that a response's Content-Security-Policy allows for scripts. */
export function scriptNonceOf(csp: string | undefined): string | undefined {
  const scriptSrc = csp?.split(';').find((directive) => directive.trim().startsWith('script-src'));
  return /'nonce-([^']+)'/.exec(scriptSrc ?? '')?.[1];
}

/**
 * Checks that nothing submitted could run in the page: every script and
 * style element carries the response's nonce or loads a file from this site,
 * no element has an event handler attribute or a javascript: URL, there are
 * no frames or plugins, and no submitted value containing markup appears
 * unescaped.
 */
export function expectNoInjectedMarkup(html: string, nonce: string | undefined, submitted: readonly string[] = []): void {
  for (const tag of startTags(html)) {
    if (tag.name === 'script' || tag.name === 'style') {
      const src = tag.attributes.get('src');
      const fromThisSite = src !== undefined && src.startsWith('/') && !src.startsWith('//');
      if (!fromThisSite) expect(tag.attributes.get('nonce'), `<${tag.name}> without the response's nonce`).toBe(nonce);
    }
    for (const [name, value] of tag.attributes) {
      expect(name.startsWith('on'), `<${tag.name} ${name}=...> event handler attribute`).toBe(false);
      if (['href', 'src', 'action', 'formaction'].includes(name)) {
        expect(value.trim().toLowerCase().startsWith('javascript:'), `<${tag.name} ${name}="${value}">`).toBe(false);
      }
    }
    expect(['iframe', 'frame', 'object', 'embed', 'base'], `<${tag.name}> element`).not.toContain(tag.name);
  }
  for (const value of submitted) {
    if (/<[a-zA-Z!/?]/.test(value) && value.length >= 6) {
      expect(html.includes(value), `unescaped submitted markup ${JSON.stringify(value.slice(0, 80))}`).toBe(false);
    }
  }
}
