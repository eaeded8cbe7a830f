import type { APIRoute } from 'astro';
import { getFrameworks } from '../../lib/page-data/data.ts';
import { exportedSnippetsOf } from '../../lib/page-data/snippets.ts';
import { exportFramework } from '../../lib/shared/export.ts';

export const GET: APIRoute = async ({ site }) => {
  const frameworks = await getFrameworks();
  const body = await Promise.all(frameworks.map(async (f) => exportFramework(f.id, f.data, site!, await exportedSnippetsOf(f.id))));
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
