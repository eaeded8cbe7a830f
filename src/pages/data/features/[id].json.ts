import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeatures, getFrameworks, type Feature } from '../../../lib/page-data/data.ts';
import { featureAnswers } from '../../../lib/shared/export.ts';
import { cellOf } from '../../../lib/model/levels.ts';

/** One feature and every framework's answer (level and package), strongest first: search loads it for its answer table. */
export const getStaticPaths = (async () =>
  (await getFeatures()).map((feature) => ({ params: { id: feature.id }, props: { feature } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feature: Feature }> = async ({ props, site }) => {
  const { feature } = props;
  const frameworks = await getFrameworks();
  const body = featureAnswers(
    feature.id,
    feature.data,
    frameworks.map((f) => ({
      slug: f.id,
      name: f.data.name,
      languages: f.data.languages,
      kind: f.data.kind,
      cell: cellOf(f.data.features, feature.id, f.data.name),
    })),
    site!,
  );
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
