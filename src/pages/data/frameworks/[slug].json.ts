import type { APIRoute, GetStaticPaths } from 'astro';
import { getFrameworks, type Framework } from '../../../lib/page-data/data.ts';
import { exportedSnippetsOf } from '../../../lib/page-data/snippets.ts';
import { exportFramework } from '../../../lib/shared/export.ts';

/** One framework's record, as in /data/frameworks.json: /compare/ loads only the columns it shows. */
export const getStaticPaths = (async () =>
  (await getFrameworks()).map((framework) => ({ params: { slug: framework.id }, props: { framework } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ framework: Framework }> = async ({ props, site }) =>
  new Response(JSON.stringify(exportFramework(props.framework.id, props.framework.data, site!, await exportedSnippetsOf(props.framework.id))), {
    headers: { 'Content-Type': 'application/json' },
  });
