// `npm run deploy:config`: write deploy/site.conf and deploy/nginx.conf from the header source and the link contract.
// Run it after changing headers, the theme's head script or redirects; a test fails while deploy/ is out of date.
// With BASE_PATH set (as for the build), site.conf serves the site under that path; the committed files are for "/".
// It lives beside what it writes, outside src/, because it wires two features together (the hosting feature takes the hashes of the theme's
// inline script as an argument), as astro.config.mjs does for the build; a feature never imports another.
import { mkdirSync, writeFileSync } from 'node:fs';
import { normalizeBase } from '../src/config.ts';
import { nginxConf, siteConf } from '../src/features/hosting/nginx.ts';
import { INLINE_SCRIPT_HASHES } from '../src/features/theme/head-script.ts';
import { readRedirects } from '../src/model/link-registry.ts';

mkdirSync('deploy', { recursive: true });
const redirects = readRedirects();
const base = normalizeBase(process.env.BASE_PATH);
writeFileSync('deploy/site.conf', siteConf(INLINE_SCRIPT_HASHES, redirects, base));
writeFileSync('deploy/nginx.conf', nginxConf());
console.log(
  `deploy/site.conf and deploy/nginx.conf written (${Object.keys(redirects).length} redirects, base path ${base})`,
);
