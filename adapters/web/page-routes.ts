/**
 * The customer chat page (`GET /`), its assets under `/webchat/`, and the embeddable widget script.
 * Files are read once at registration; there is no bundler and no user-controlled path, so no
 * static-file plugin (and no path traversal) is involved.
 */
import { readFile } from 'node:fs/promises';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** What the page routes need. */
export interface PageRouteOptions {
  /** Folder holding index.html, the page's modules (app.js, …), styles.css, widget.js and icon.svg. */
  publicDir: URL;
  /** CSP `frame-ancestors` value: who may embed the page in an iframe (the widget does). */
  frameAncestors: string;
}

interface Asset {
  path: string;
  file: string;
  type: string;
  /** The widget is loaded by other sites' pages. */
  crossOrigin?: boolean;
}

const ASSETS: readonly Asset[] = [
  ...['app.js', 'connection.js', 'i18n.js', 'storage.js', 'transcript.js'].map((file) => ({
    path: `/webchat/${file}`,
    file,
    type: 'text/javascript; charset=utf-8',
  })),
  { path: '/webchat/styles.css', file: 'styles.css', type: 'text/css; charset=utf-8' },
  { path: '/webchat/icon.svg', file: 'icon.svg', type: 'image/svg+xml' },
  {
    path: '/webchat/widget.js',
    file: 'widget.js',
    type: 'text/javascript; charset=utf-8',
    crossOrigin: true,
  },
];

/** A Host header we are willing to echo into the CSP; anything else falls back to 'self' only. */
const SAFE_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** The page's Content-Security-Policy: only our own scripts, styles and sockets. */
export function contentSecurityPolicy(host: string | undefined, frameAncestors: string): string {
  // CSP3 lets 'self' cover same-host ws:/wss:, but naming them keeps older engines working.
  const sockets = host !== undefined && SAFE_HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

function commonHeaders(reply: FastifyReply): void {
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('referrer-policy', 'no-referrer');
  void reply.header('cache-control', 'no-cache');
}

/** Register the page, its assets and the widget. */
export async function registerPageRoutes(app: FastifyInstance, options: PageRouteOptions): Promise<void> {
  const page = await readFile(new URL('index.html', options.publicDir), 'utf8');
  app.get('/', async (request, reply) => {
    commonHeaders(reply);
    void reply.header('content-security-policy', contentSecurityPolicy(request.host, options.frameAncestors));
    void reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=()');
    return reply.type('text/html; charset=utf-8').send(page);
  });

  for (const asset of ASSETS) {
    const body = await readFile(new URL(asset.file, options.publicDir));
    app.get(asset.path, async (_request, reply) => {
      commonHeaders(reply);
      if (asset.crossOrigin === true) {
        void reply.header('access-control-allow-origin', '*');
        void reply.header('cross-origin-resource-policy', 'cross-origin');
      }
      return reply.type(asset.type).send(body);
    });
  }
}
