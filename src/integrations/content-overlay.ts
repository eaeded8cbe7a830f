import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../lib/checks/content-check.ts';
import { formatProblems } from '../lib/model/problems.ts';

/**
 * The content check itself runs in the collections' loader (src/lib/checks/content-loader.ts),
 * which stops a build at the first problem with the author's message. In `astro dev` this adds
 * the same message to the browser's error overlay, checked again whenever a content file changes.
 */
export function contentOverlay(): AstroIntegration {
  return {
    name: 'backend-atlas:content-overlay',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [overlay(fileURLToPath(config.root))] } });
      },
    },
  };
}

/** Shows content problems in Vite's error overlay in dev, and re-checks when content changes. */
function overlay(root: string): Plugin {
  return {
    name: 'backend-atlas:content-overlay',
    configureServer(server: ViteDevServer) {
      const report = async () => {
        const { problems } = await checkAll(root);
        if (problems.length === 0) return;
        server.hot.send({ type: 'error', err: { message: formatProblems(problems), stack: '', plugin: 'backend-atlas:content-overlay' } });
      };
      server.watcher.on('change', (file) => {
        if (file.includes('/content/')) void report();
      });
      server.hot.on('connection', () => void report());
    },
  };
}
