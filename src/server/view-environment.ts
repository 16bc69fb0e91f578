import { createRequire } from 'node:module';
import path from 'node:path';
import nunjucks from 'nunjucks';
import { precompiledTemplatesDir, runsCompiled, viewsDir } from '../paths.js';
import { CachedTemplateLoader } from './cached-template-loader.js';
import { FragmentCache } from './fragment-cache.js';

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

const longDateFormat = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Formats an ISO date such as '2026-12-04' as "Friday 4 December 2026". */
export function formatLongDate(value: unknown): string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return '';
  const parts = longDateFormat.formatToParts(new Date(`${value}T00:00:00Z`));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/**
 * Creates a Nunjucks environment that finds templates in `extraDirs` first
 * (a council's and a journey's page templates), then the kit's views, then
 * govuk-frontend. Templates are compiled once and cached.
 */
export function createViewEnvironment(extraDirs: string[] = []): nunjucks.Environment {
  const loader = new CachedTemplateLoader(
    [...extraDirs, viewsDir, govukFrontendDist],
    { noCache: false, watch: false },
    runsCompiled ? precompiledTemplatesDir : undefined,
  );
  const env = new nunjucks.Environment(loader, {
    autoescape: true,
    throwOnUndefined: false,
  });
  env.addFilter('money', formatMoney);
  env.addFilter('longDate', formatLongDate);
  env.addExtension('FragmentCache', new FragmentCache());
  return env;
}
