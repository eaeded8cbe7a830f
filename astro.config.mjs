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
  vite: { plugins: [tailwindcss()] },
});
