// Collections: Astro's loaders wired to the folders and schemas named in src/model/read.ts (the data contract).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_KINDS as K } from './model/read';

/** A glob loader over one content folder. */
const files = (kind: { dir: string; ext: string }) => glob({ pattern: `*${kind.ext}`, base: `./${kind.dir}` });

export const collections = {
  articles: defineCollection({ loader: files(K.articles), schema: K.articles.schema }),
  faq: defineCollection({ loader: files(K.faq), schema: K.faq.schema }),
  glossary: defineCollection({ loader: files(K.glossary), schema: K.glossary.schema }),
  pages: defineCollection({ loader: files(K.pages), schema: K.pages.schema }),
  handouts: defineCollection({ loader: files(K.handouts), schema: K.handouts.schema }),
  levels: defineCollection({ loader: files(K.levels), schema: K.levels.schema }),
};
