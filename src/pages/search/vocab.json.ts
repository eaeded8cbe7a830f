import type { APIRoute } from 'astro';
import { getFeatures, getFrameworks } from '../../lib/page-data/data.ts';
import { buildVocab } from '../../lib/shared/search-vocab.ts';

/** The search vocabulary (see src/lib/shared/search-vocab.ts), fetched by the search page. */
export const GET: APIRoute = async () => {
  const vocab = buildVocab(
    (await getFeatures()).map((f) => ({ id: f.id, name: f.data.name, aliases: f.data.aliases, description: f.data.description })),
    (await getFrameworks()).map((f) => ({
      slug: f.id,
      name: f.data.name,
      aliases: f.data.aliases,
      tagline: f.data.tagline,
      languages: f.data.languages,
      kind: f.data.kind,
      packages: Object.fromEntries(Object.entries(f.data.features).map(([id, cell]) => [id, cell?.package])),
    })),
  );
  return new Response(JSON.stringify(vocab), { headers: { 'Content-Type': 'application/json' } });
};
