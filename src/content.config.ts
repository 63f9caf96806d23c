// Collections: Astro's loaders wired to the folders and schemas named in src/model/read.ts (the data contract).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_KINDS as K, spanishDir } from './model/read';

/** A glob loader over one content folder. */
const files = (kind: { dir: string; ext: string }) => glob({ pattern: `*${kind.ext}`, base: `./${kind.dir}` });
/** The same kind's Spanish folder (content/es/<kind>); an absent folder is an empty collection. */
const spanish = (kind: keyof typeof K) => files({ dir: spanishDir(kind), ext: K[kind].ext });

export const collections = {
  articles: defineCollection({ loader: files(K.articles), schema: K.articles.schema }),
  faq: defineCollection({ loader: files(K.faq), schema: K.faq.schema }),
  glossary: defineCollection({ loader: files(K.glossary), schema: K.glossary.schema }),
  pages: defineCollection({ loader: files(K.pages), schema: K.pages.schema }),
  handouts: defineCollection({ loader: files(K.handouts), schema: K.handouts.schema }),
  levels: defineCollection({ loader: files(K.levels), schema: K.levels.schema }),
  facts: defineCollection({ loader: files(K.facts), schema: K.facts.schema }),
  // The Spanish edition (content/es/): the same schemas. Spanish levels are words only, laid over the English data
  // and checked in src/model/queries.ts (getLevels), which names the file on a problem.
  articlesEs: defineCollection({ loader: spanish('articles'), schema: K.articles.schema }),
  faqEs: defineCollection({ loader: spanish('faq'), schema: K.faq.schema }),
  glossaryEs: defineCollection({ loader: spanish('glossary'), schema: K.glossary.schema }),
  pagesEs: defineCollection({ loader: spanish('pages'), schema: K.pages.schema }),
  handoutsEs: defineCollection({ loader: spanish('handouts'), schema: K.handouts.schema }),
  levelsEs: defineCollection({ loader: spanish('levels'), schema: z.record(z.string(), z.unknown()) }),
};
