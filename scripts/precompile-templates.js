// Compiles every page template of the kit, of govuk-frontend and of the
// journeys into dist/templates, so that the kit does not compile them on its
// first requests after each start. Run by `npm run build` after tsc. A
// template edited after the build is compiled at run time as before.

import { rmSync } from 'node:fs';
import path from 'node:path';

const { journeysSourceDir, precompiledTemplatesDir, viewsDir } = await import('../dist/src/paths.js');
const { createViewEnvironment, govukFrontendDist } = await import('../dist/src/server/view-environment.js');
const { precompileTemplates } = await import('../dist/src/server/precompiled-templates.js');

rmSync(precompiledTemplatesDir, { recursive: true, force: true });
const count = precompileTemplates(
  createViewEnvironment(),
  [viewsDir, path.join(govukFrontendDist, 'govuk'), journeysSourceDir],
  precompiledTemplatesDir,
);
process.stdout.write(`precompiled ${count} templates into ${path.relative(process.cwd(), precompiledTemplatesDir)}\n`);
