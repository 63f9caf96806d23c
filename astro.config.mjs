// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/features/glossary-links/plugin.ts';
import { sectionLinks } from './src/features/section-links/plugin.ts';
import { contentLinks } from './src/features/content-links/plugin.ts';
import { normalizeBase } from './src/config.ts';
import { pagefindIndex } from './src/features/search/build/integration.ts';
import { linkContract } from './src/features/links/build/integration.ts';
import { spanishNotFound } from './src/features/not-found/build/integration.ts';
import { contentCheck } from './src/model/build/content-check.ts';
import { atomicDist } from './src/model/build/atomic-dist.ts';
import { securityHeadersFile } from './src/features/hosting/build/integration.ts';
import { precompress } from './src/features/hosting/build/precompress.ts';

// The public address is needed for canonical URLs and the sitemap. Set SITE_URL when deploying elsewhere, and
// BASE_PATH when the site lives under a sub-path (e.g. /iop-guide/ on a GitHub project site).
const site = process.env.SITE_URL || 'https://iopguide.org';
const base = normalizeBase(process.env.BASE_PATH);

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
  markdown: { processor: satteri({ hastPlugins: [glossaryLinks(), sectionLinks(), contentLinks(base)] }) },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({ filter: (page) => !page.includes('/404') }),
    spanishNotFound(),
    linkContract(),
    securityHeadersFile(),
    pagefindIndex(),
    precompress(),
    atomicDist(),
  ],
  // No script or stylesheet is inlined into pages (assetsInlineLimit 0), so the CSP can allow only this site's files
  // and the one hashed theme script. No module-preload helper either: it would add about 600 bytes (gzipped) to
  // the first view's one script to speed up the search code, which loads on first use anyway.
  vite: {
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
