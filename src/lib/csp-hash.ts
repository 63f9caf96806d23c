/**
 * The hash by which a Content-Security-Policy allows one inline script. The theme's head script
 * (src/features/theme/head-script.ts) is hashed with it, and the build's check of every inline script in dist/
 * (src/features/hosting/build/integration.ts) compares against it.
 */
import { createHash } from 'node:crypto';

/** sha256 of a script's text, as CSP writes it ('sha256-...'). */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
