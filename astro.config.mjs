// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  // Canonical URLs and link previews need an absolute origin; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://backend-atlas.example',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx()],
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss()],
    build: {
      rollupOptions: {
        // @astrojs/mdx marks every MDX module with Astro's own "use astro:head-inject" directive,
        // which the bundler then warns it may drop (one ten-line warning per framework). Astro
        // reads the directive before bundling, so the warning is noise: drop only that one.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
