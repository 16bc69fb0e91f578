import nunjucks from 'nunjucks';

/** Maximum number of fragments one environment caches. Fragments with later keys are rendered every time. */
const maxFragments = 1000;

// The parser and node types that nunjucks passes to an extension, which @types/nunjucks leaves untyped.
interface ExtensionParser {
  nextToken(): { value: string; lineno: number; colno: number };
  parseSignature(tolerant: null, noParens: boolean): unknown;
  advanceAfterBlockEnd(name?: string): void;
  parseUntilBlocks(...names: string[]): unknown;
}
interface ExtensionNodes {
  CallExtension: new (extension: unknown, method: string, args: unknown, contentArgs: unknown[]) => unknown;
}

/**
 * The `{% fragment key %}…{% endfragment %}` tag: renders its body once per key
 * and then reuses the HTML. For parts of the layout that depend only on the
 * council and journey, such as the header, phase banner and footer, which
 * govuk-frontend's macros would otherwise build again for every page. The key
 * must name everything the body reads, and come from configuration, never
 * from a request.
 */
export class FragmentCache implements nunjucks.Extension {
  readonly tags = ['fragment'];
  private readonly fragments = new Map<string, nunjucks.runtime.SafeString>();

  parse(parser: ExtensionParser, nodes: ExtensionNodes): unknown {
    const token = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(token.value);
    const body = parser.parseUntilBlocks('endfragment');
    parser.advanceAfterBlockEnd();
    return new nodes.CallExtension(this, 'run', args, [body]);
  }

  run(_context: unknown, key: unknown, body: () => string): nunjucks.runtime.SafeString {
    const name = String(key);
    const cached = this.fragments.get(name);
    if (cached) return cached;

    const html = new nunjucks.runtime.SafeString(body());
    if (this.fragments.size < maxFragments) this.fragments.set(name, html);
    return html;
  }
}
