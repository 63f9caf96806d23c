// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryLinks } from './src/integrations/glossary-links.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// The public address is needed for canonical URLs and the sitemap. Set SITE_URL when deploying elsewhere.
const site = process.env.SITE_URL ?? 'https://iopguide.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { processor: satteri({ hastPlugins: [glossaryLinks()] }) },
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/404') }), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
