import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeatures, getFrameworks, getPairPages } from '../../lib/page-data/data.ts';
import { renderOgPng, type OgCard } from '../../lib/page-data/og.ts';
import { pairSlug } from '../../lib/shared/pairs.ts';

export const getStaticPaths = (async () => {
  const frameworks = await getFrameworks();
  const featureCount = (await getFeatures()).length;
  const cards: { params: { path: string }; props: { card: OgCard } }[] = [
    {
      params: { path: 'default' },
      props: {
        card: {
          kicker: 'Backend Atlas',
          title: 'Compare backend frameworks',
          subtitle: `${frameworks.length} frameworks × ${featureCount} features, every claim sourced`,
        },
      },
    },
  ];
  for (const fw of frameworks) {
    cards.push({
      params: { path: `frameworks/${fw.id}` },
      props: { card: { kicker: `${fw.data.languages.join(' · ')} ${fw.data.kind}`, title: fw.data.name, subtitle: fw.data.tagline } },
    });
  }
  for (const [a, b] of await getPairPages()) {
    cards.push({
      params: { path: `compare/${pairSlug(a.id, b.id)}` },
      props: {
        card: {
          kicker: 'Side-by-side comparison',
          title: `${a.data.name} vs ${b.data.name}`,
          subtitle: `${featureCount} features compared, each linked to the official docs`,
        },
      },
    });
  }
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgPng((props as { card: OgCard }).card);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
