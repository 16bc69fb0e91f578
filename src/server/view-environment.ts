import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { viewsDir } from '../paths.js';

const require = createRequire(import.meta.url);
const govukFrontendRoot = path.dirname(require.resolve('govuk-frontend/package.json'));

/** govuk-frontend's dist folder: its templates, styles, scripts and assets. */
export const govukFrontendDist = path.join(govukFrontendRoot, 'dist');

const poundsFormat = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
});

/** Formats pounds as "£16,000" or "£1,234.50": pence only where there are some. */
export function formatMoney(value: unknown): string {
  const amount = Number(value);
  if (!Number.isFinite(amount)) return '';
  const text = poundsFormat.format(amount);
  return Number.isInteger(amount) ? text.replace(/\.00$/, '') : text;
}

/**
 * Creates a Nunjucks environment that finds templates in `extraDirs` first
 * (a council's and a journey's page templates), then the kit's views, then
 * govuk-frontend. Templates are compiled once and cached.
 */
export function createViewEnvironment(extraDirs: string[] = []): nunjucks.Environment {
  const loader = new nunjucks.FileSystemLoader(
    [...extraDirs, viewsDir, govukFrontendDist],
    { noCache: false, watch: false },
  );
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    throwOnUndefined: false,
  });
  env.addFilter('money', formatMoney);
  return env;
}
