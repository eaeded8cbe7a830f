import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { featureSchema, frameworkSchema } from './lib/schema.ts';
import { readFeatureIds } from './lib/feature-registry.ts';

/** One entry per feature, keyed by id, in a single YAML file. */
const features = defineCollection({
  loader: file('./content/features.yaml'),
  schema: featureSchema,
});

/** One MDX file per framework; the file name is the slug. */
const frameworks = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/frameworks' }),
  schema: frameworkSchema(readFeatureIds()),
});

export const collections = { features, frameworks };
