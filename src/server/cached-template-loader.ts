import nunjucks from 'nunjucks';
import { readPrecompiledTemplate } from './precompiled-templates.js';

type ExportsCallback = (error: Error | null, exported?: Record<string, unknown>) => void;
type TemplateCache = Record<string, nunjucks.Template | null>;
type GetExported = (context: unknown, parentFrame?: unknown, callback?: ExportsCallback) => void;

/**
 * Makes an import without context, such as `{% from "x" import y %}`, run
 * template x once instead of at every render. Such an import cannot read the
 * importing page's variables, so its exports (macros and top-level `set`
 * values) are the same every time. Imports `with context` still run every time.
 */
function cacheExports(template: nunjucks.Template): nunjucks.Template {
  const target = template as nunjucks.Template & { getExported: GetExported };
  const getExported = target.getExported.bind(target);
  let exported: Record<string, unknown> | undefined;

  target.getExported = (context, parentFrame, callback) => {
    if (typeof context !== 'function') return getExported(context, parentFrame, callback);
    const done = context as ExportsCallback;
    if (exported) return done(null, exported);
    getExported((error: Error | null, result?: Record<string, unknown>) => {
      if (!error) exported = result;
      done(error, result);
    });
  };
  return template;
}

/**
 * FileSystemLoader that computes two things once per template instead of at
 * every render: the path of each relative name such as "./template.njk"
 * (every govuk-frontend macro includes one), and the exports of imports
 * without context. Given a folder written by precompileTemplates, it also
 * hands nunjucks the compiled code of each unchanged template.
 */
export class CachedTemplateLoader extends nunjucks.FileSystemLoader {
  /** Resolved paths by the including template's path, then by the relative name. */
  private readonly resolved = new Map<string, Map<string, string>>();

  constructor(
    searchPaths: string[],
    options: nunjucks.FileSystemLoaderOptions,
    private readonly precompiledDir?: string,
  ) {
    super(searchPaths, options);
    // The environment gives the loader an empty `cache` object, and nunjucks
    // stores each compiled template in it. Each template is wrapped as it is stored.
    const handler: ProxyHandler<TemplateCache> = {
      // Watching loaders store null to drop a changed template.
      set: (templates, name, template: nunjucks.Template | null) => {
        templates[name as string] = template ? cacheExports(template) : null;
        return true;
      },
    };
    let cache = new Proxy<TemplateCache>({}, handler);
    Object.defineProperty(this, 'cache', {
      get: () => cache,
      set: (templates: TemplateCache) => {
        cache = new Proxy(templates, handler);
      },
    });
  }

  override getSource(name: string): nunjucks.LoaderSource {
    const source = super.getSource(name);
    if (!source || this.precompiledDir === undefined) return source;
    const compiled = readPrecompiledTemplate(this.precompiledDir, source.path, source.src);
    if (!compiled) return source;
    // nunjucks takes a source of type 'code' as compiled and skips its compiler.
    return { ...source, src: { type: 'code', obj: compiled } as unknown as string };
  }

  override resolve(from: string, to: string): string {
    let targets = this.resolved.get(from);
    if (targets === undefined) {
      targets = new Map();
      this.resolved.set(from, targets);
    }
    let target = targets.get(to);
    if (target === undefined) {
      target = super.resolve(from, to);
      targets.set(to, target);
    }
    return target;
  }
}
