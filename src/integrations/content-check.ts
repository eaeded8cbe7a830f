import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check.ts';
import { formatProblems } from '../lib/problems.ts';

/**
 * Runs the content check before Astro loads any collection, so an author sees
 * "file › field: received …; expected …" instead of a stack trace.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'backend-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems, context } = checkContent(fileURLToPath(config.root));
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
