import path from 'node:path';
import express, { Router } from 'express';
import { assetsDir } from '../paths.js';
import { govukFrontendDist } from './view-environment.js';

/** The path prefixes that staticAssets serves. */
export const staticAssetPaths = ['/assets', '/govuk', '/kit'];

/**
 * Serves govuk-frontend's fonts and images at /assets (its CSS expects that
 * path), its CSS and JavaScript at /govuk, and the kit's own files at /kit.
 */
export function staticAssets(): Router {
  const router = Router();
  const options = { maxAge: '1h', index: false, fallthrough: false };
  const govuk = path.join(govukFrontendDist, 'govuk');

  router.use('/assets', express.static(path.join(govuk, 'assets'), options));
  router.get('/govuk/govuk-frontend.min.css', (_req, res) => {
    res.sendFile(path.join(govuk, 'govuk-frontend.min.css'), { maxAge: '1h' });
  });
  router.get('/govuk/govuk-frontend.min.js', (_req, res) => {
    res.sendFile(path.join(govuk, 'govuk-frontend.min.js'), { maxAge: '1h' });
  });
  router.use('/kit', express.static(assetsDir, options));
  return router;
}
