import type { APIRoute } from 'astro';
import { getFeatures } from '../../lib/data.ts';
import { exportFeature } from '../../lib/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const features = await getFeatures();
  const body = features.map((f) => exportFeature(f.id, f.data, site!));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
