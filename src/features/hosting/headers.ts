/**
 * The one source of the site's security headers: the Content-Security-Policy and the rest. dist/_headers (Netlify,
 * Cloudflare Pages), deploy/nginx.conf and the <meta> fallback on every page are all written from here. The hashes of
 * the inline scripts come in as an argument (the theme's head script, src/features/theme/head-script.ts; the caller
 * wires them in: astro.config.mjs, BaseLayout, the error pages' route, deploy/write-config.ts).
 */

/**
 * The policy: only this site's own files; inline scripts only by hash; WebAssembly only because Pagefind's search
 * runs on it; no plugins, no framing, no <base>, forms post only here.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], opts: { forMeta?: boolean } = {}): string {
  const directives: [string, string][] = [
    ['default-src', "'self'"],
    ['script-src', ["'self'", ...scriptHashes, "'wasm-unsafe-eval'"].join(' ')],
    ['style-src', "'self'"],
    ['img-src', "'self' blob:"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    // Browsers ignore frame-ancestors in a <meta> policy; only a header can set it.
    ...(opts.forMeta ? [] : ([['frame-ancestors', "'none'"]] as [string, string][])),
  ];
  return directives.map(([k, v]) => `${k} ${v}`).join('; ');
}

/** Every security header, by name. HSTS only where the site is served over HTTPS. */
export function securityHeaders(scriptHashes: readonly string[], opts: { https: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    // Other sites never learn which page a reader came from; the site's own pages do, so an English-only page
    // reached from a Spanish one can say so in Spanish (src/components/language-note.ts). Nothing is stored.
    'Referrer-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    ...(opts.https ? { 'Strict-Transport-Security': 'max-age=31536000' } : {}),
  };
}

/** dist/_headers for hosts that read one (Netlify, Cloudflare Pages): the headers on every path. */
export function headersFile(headers: Record<string, string>): string {
  return [
    '# Written by the build from src/features/hosting/headers.ts: do not edit.',
    '/*',
    ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`),
    '',
  ].join('\n');
}
