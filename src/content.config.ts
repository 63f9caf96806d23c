// Collections: the only place content/ is wired to the schemas in src/lib (the data contract).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, faqSchema, glossarySchema, pageSchema } from './lib/schemas';
import { levelSchema } from './lib/levels-schema';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/articles' }), schema: articleSchema }),
  faq: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/faq' }), schema: faqSchema }),
  glossary: defineCollection({ loader: glob({ pattern: '*.md', base: './content/glossary' }), schema: glossarySchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/pages' }), schema: pageSchema }),
  levels: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/levels' }), schema: levelSchema }),
};
