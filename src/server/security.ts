import { randomBytes } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Random bytes in each nonce: 128 bits, the minimum that CSP Level 3 recommends. */
const nonceBytes = 16;
/** Nonces drawn from one call to randomBytes: on Node.js 20 a 4 KiB call costs about two 16-byte calls. */
const noncesPerDraw = 256;

let randomPool = Buffer.alloc(0);
let poolOffset = 0;

/** Returns a fresh base64 nonce made of bytes that no other nonce uses. */
function nextNonce(): string {
  if (poolOffset + nonceBytes > randomPool.length) {
    randomPool = randomBytes(nonceBytes * noncesPerDraw);
    poolOffset = 0;
  }
  const nonce = randomPool.toString('base64', poolOffset, poolOffset + nonceBytes);
  poolOffset += nonceBytes;
  return nonce;
}

/** Gives each response a fresh nonce in res.locals.cspNonce for its inline script and style. */
export const cspNonce: RequestHandler = (_req, res, next) => {
  res.locals.cspNonce = nextNonce();
  next();
};

/**
 * Security headers: a Content Security Policy that allows only this origin
 * plus the response's nonce (no 'unsafe-inline'), and no indexing, because
 * prototypes are not real services.
 */
export function securityHeaders(): RequestHandler[] {
  const nonce = (_req: unknown, res: unknown) =>
    `'nonce-${(res as { locals: { cspNonce: string } }).locals.cspNonce}'`;

  return [
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", nonce],
          styleSrc: ["'self'", nonce],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
    }),
    (_req, res, next) => {
      res.setHeader('X-Robots-Tag', 'noindex, nofollow');
      next();
    },
  ];
}
