import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { checkAll } from '../lib/checks/content-check.ts';
import { formatProblems } from '../lib/model/problems.ts';

/** Environment variable through which the dev server tells src/content.config.ts which files to skip. */
export const SKIP_ENV = 'ATLAS_SKIP_FRAMEWORK_FILES';

/**
 * Runs the content check before Astro loads any collection, so an author sees
 * "file › field: received …; expected …" instead of a stack trace. In `astro build` a problem
 * stops the build; in `astro dev` the same message appears in the browser's error overlay and is
 * checked again whenever a content file changes.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'backend-atlas:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const { problems, context } = await checkAll(root);
        if (command === 'dev') {
          if (problems.length > 0) logger.error(formatProblems(problems));
          // Leave broken framework files out of the collection, so the dev server still starts and
          // the overlay below can say what is wrong (restart the server after fixing them).
          const broken = [...new Set(problems.map((p) => p.file).filter((f) => f.startsWith('content/frameworks/')))];
          process.env[SKIP_ENV] = JSON.stringify(broken.map((f) => f.slice('content/frameworks/'.length)));
          updateConfig({ vite: { plugins: [overlay(root)] } });
          return;
        }
        if (problems.length > 0) {
          logger.error(formatProblems(problems));
          // Exit without a stack trace: the message above is the whole story.
          process.exit(1);
        }
        logger.info(`content OK: ${context.frameworks.length} frameworks × ${context.features.length} features`);
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
        server.hot.send({ type: 'error', err: { message: formatProblems(problems), stack: '', plugin: 'backend-atlas:content-check' } });
      };
      server.watcher.on('change', (file) => {
        if (file.includes('/content/')) void report();
      });
      server.hot.on('connection', () => void report());
    },
  };
}
