// `npm run deploy:config`: write deploy/site.conf and deploy/nginx.conf from the header source and the link contract.
// Run it after changing headers, the inline theme script or redirects; a test fails while deploy/ is out of date.
// With BASE_PATH set (as for the build), site.conf serves the site under that path; the committed files are for "/".
import { mkdirSync, writeFileSync } from 'node:fs';
import { normalizeBase } from '../../../config.ts';
import { nginxConf, siteConf } from '../nginx.ts';
import { INLINE_SCRIPT_HASHES } from '../theme-script.ts';
import { readRedirects } from '../../../model/link-registry.ts';

mkdirSync('deploy', { recursive: true });
const redirects = readRedirects();
const base = normalizeBase(process.env.BASE_PATH);
writeFileSync('deploy/site.conf', siteConf(INLINE_SCRIPT_HASHES, redirects, base));
writeFileSync('deploy/nginx.conf', nginxConf());
console.log(
  `deploy/site.conf and deploy/nginx.conf written (${Object.keys(redirects).length} redirects, base path ${base})`,
);
