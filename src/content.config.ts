import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { editorialSchema, featureSchema, frameworkSchema } from './lib/model/schema.ts';
import { editorialLoader, featuresLoader, frameworksLoader, snippetsLoader } from './lib/checks/content-loader.ts';

// Every collection is filled from one run of the content check (src/lib/checks/content-loader.ts):
// each file is read once and the data is already validated by these schemas, which here give the
// collections their types.

/** One entry per feature of content/features.yaml, keyed by id; `order` (its position in the file) is added by the loader. */
const features = defineCollection({ loader: featuresLoader, schema: featureSchema.extend({ order: z.number().int() }) });

/** One MDX file per framework; the file name is the slug. */
const frameworks = defineCollection({ loader: frameworksLoader, schema: frameworkSchema() });

/** Curated lists (common comparisons, search suggestions): one entry, id "editorial". */
const editorial = defineCollection({ loader: editorialLoader, schema: editorialSchema.extend({ id: z.literal('editorial') }) });

/** One entry per snippet folder, id "<framework>/<task>": a LoadedSnippet (src/lib/snippets/load.ts), whose snippet.yaml passed snippetMetaSchema. */
const snippets = defineCollection({ loader: snippetsLoader });

export const collections = { features, frameworks, editorial, snippets };
