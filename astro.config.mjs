// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/features/glossary-links/plugin.ts';
import { sectionLinks } from './src/features/section-links/plugin.ts';
import { contentLinks } from './src/features/content-links/plugin.ts';
import { phoneNumbers } from './src/features/phone-numbers/plugin.ts';
import { normalizeBase, parseBuildDay } from './src/config.ts';
import { pagefindIndex } from './src/features/search/build/integration.ts';
import { linkContract } from './src/features/links/build/integration.ts';
import { spanishNotFound } from './src/features/not-found/build/integration.ts';
import { contentCheck } from './src/model/build/content-check.ts';
import { atomicDist } from './src/model/build/atomic-dist.ts';
import { MDX_COMPONENT_SPECS } from './src/components/mdx/index.ts';
import { securityHeadersFile } from './src/features/hosting/build/integration.ts';
import { INLINE_SCRIPT_HASHES } from './src/features/theme/head-script.ts';
import { precompress } from './src/lib/build/precompress.ts';
import { offlineCopy } from './src/features/offline/build/integration.ts';
import { sitePaths } from './src/lib/urls.ts';

// The public address is needed for canonical URLs and the sitemap. Set SITE_URL when deploying elsewhere, and
// BASE_PATH when the site lives under a sub-path (e.g. /iop-guide/ on a GitHub project site).
const site = process.env.SITE_URL || 'https://iopguide.org';
const base = normalizeBase(process.env.BASE_PATH);
// The day the site is built for: BUILD_DATE=2027-01-02 builds it as it must read on that day (default: today). Dated
// facts (content/facts/) show the value in force that day and review notes compare against it. Read here only; pages
// get it as import.meta.env.IOP_BUILD_DAY (src/config.ts BUILD_DAY), build steps as an argument.
const buildDay = parseBuildDay(process.env.BUILD_DATE, new Date());

export default defineConfig({
  site,
  base,
  // Where readers report an error or ask a question: CONTACT_EMAIL, or editors@ at the site's own domain.
  env: {
    schema: {
      CONTACT_EMAIL: envField.string({
        context: 'server',
        access: 'public',
        default: `editors@${new URL(site).hostname}`,
      }),
    },
  },
  trailingSlash: 'always',
  // Astro's content cache stays inside this checkout (not node_modules/.astro), so copies that share node_modules
  // (the build-error tests, git worktrees) never read each other's content.
  cacheDir: './.astro/cache',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({ hastPlugins: [glossaryLinks(), sectionLinks(), contentLinks(base), phoneNumbers()] }),
  },
  integrations: [
    contentCheck(buildDay, MDX_COMPONENT_SPECS),
    mdx(),
    // The 404 and offline pages are for readers who land on them, not for search engines.
    sitemap({
      filter: (page) => !page.includes('/404') && !page.endsWith(sitePaths.offline()),
    }),
    spanishNotFound(),
    linkContract(),
    // The security headers allow the theme's head script by its hash.
    securityHeadersFile(INLINE_SCRIPT_HASHES),
    pagefindIndex(),
    precompress(),
    // After Pagefind and the gzip copies: the offline copy lists the index, and counts gzip bytes as its download.
    offlineCopy(),
    atomicDist(),
  ],
  // No script or stylesheet is inlined into pages (assetsInlineLimit 0), so the CSP can allow only this site's files
  // and the one hashed theme script. No module-preload helper either: it would add about 600 bytes (gzipped) to
  // the first view's one script to speed up the search code, which loads on first use anyway.
  vite: {
    define: { 'import.meta.env.IOP_BUILD_DAY': JSON.stringify(buildDay.toISOString().slice(0, 10)) },
    plugins: [
      tailwindcss(),
      {
        name: 'iop-guide:no-module-preload',
        configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
      },
    ],
    build: { assetsInlineLimit: 0 },
    worker: { format: 'es' },
  },
  devToolbar: { enabled: false },
});
