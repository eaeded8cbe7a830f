import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { editorialSchema, featureSchema, frameworkSchema } from './lib/model/schema.ts';
import { parse } from 'yaml';
import { parseFeaturesFile, readFeatureIds } from './lib/checks/feature-registry.ts';

/**
 * One entry per feature, keyed by id, in a single YAML file, read by the same parser as the
 * content check. `order` (its position in the file) is added by the parser, never by authors.
 */
const features = defineCollection({
  loader: file('./content/features.yaml', { parser: parseFeaturesFile }),
  schema: featureSchema.extend({ order: z.number().int() }),
});

/**
 * One MDX file per framework; the file name is the slug. In `astro dev`, files the content check
 * found broken are left out (see src/integrations/content-check.ts) so the overlay can explain them.
 */
const skipped = JSON.parse(process.env.ATLAS_SKIP_FRAMEWORK_FILES ?? '[]') as string[];
const frameworks = defineCollection({
  loader: glob({ pattern: ['*.mdx', ...skipped.map((name) => `!${name}`)], base: './content/frameworks' }),
  schema: frameworkSchema(readFeatureIds()),
});

/** Curated lists (common comparisons, search suggestions): one entry, id "editorial". */
const editorial = defineCollection({
  loader: file('./content/editorial.yaml', { parser: (text) => [{ id: 'editorial', ...(parse(text) as object) }] }),
  schema: editorialSchema.extend({ id: z.literal('editorial') }),
});

export const collections = { features, frameworks, editorial };
