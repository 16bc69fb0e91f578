// The benchmark's upper bound: one GOV.UK question page from Express, Nunjucks
// (templates compiled once and cached) and govuk-frontend, with no session,
// CSRF check, security headers or logging. Listens on 127.0.0.1:PORT.
//
//   GET  /postcode  renders the page (its stylesheet is served too).
//   POST /postcode  parses the form, checks that postcode is not empty and
//                   redirects 303 to /date-of-birth (400 when it is empty).

import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import express from 'express';
import nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const govukFrontendDist = path.join(
  path.dirname(require.resolve('govuk-frontend/package.json')),
  'dist',
);

const port = Number(process.env.PORT ?? 3403);
const env = new nunjucks.Environment(
  new nunjucks.FileSystemLoader([path.join(here, 'views'), govukFrontendDist], {
    noCache: false,
    watch: false,
  }),
  { autoescape: true },
);

const context = {
  pageTitle: 'What is the postcode of the home you are claiming for?',
  serviceName: 'Apply for Housing Benefit and Council Tax Reduction',
  serviceUrl: '/start',
  councilName: 'Shropshire Council',
  backLink: '/start',
  // A fixed value of a real token's length keeps the page the same size.
  csrfToken: 'a'.repeat(64),
};

const app = express();
app.disable('x-powered-by');

// govuk-frontend's stylesheet, fonts and images, at the paths Journey Kit uses.
const govukDir = path.join(govukFrontendDist, 'govuk');
app.use('/assets', express.static(path.join(govukDir, 'assets'), { index: false }));
app.get('/govuk/govuk-frontend.min.css', (_req, res) => {
  res.sendFile(path.join(govukDir, 'govuk-frontend.min.css'));
});

app.use(express.urlencoded({ extended: false, limit: '64kb' }));

app.get('/postcode', (_req, res) => {
  res.type('html').send(env.render('question.njk', context));
});

app.post('/postcode', (req, res) => {
  const postcode = typeof req.body?.postcode === 'string' ? req.body.postcode.trim() : '';
  if (postcode === '') {
    res.status(400).type('html').send(env.render('question.njk', context));
    return;
  }
  res.redirect(303, '/date-of-birth');
});

const server = app.listen(port, '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
