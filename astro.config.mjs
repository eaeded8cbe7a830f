// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentOverlay } from './src/integrations/content-overlay.ts';
import { isReversedPairPath } from './src/lib/shared/pairs.ts';
import { PAGE_SCRIPT } from './src/lib/shared/page-script.ts';
import { styleToClass, THEMES } from './src/lib/page-data/highlight.ts';
import { createHash } from 'node:crypto';

export default defineConfig({
  // Canonical URLs and link previews need an absolute origin; set SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'https://backend-atlas.example',
  trailingSlash: 'always',
  // The sitemap lists every page but the reversed pair URLs, which only redirect.
  integrations: [contentOverlay(), mdx(), sitemap({ filter: (page) => !isReversedPairPath(page) })],
  // Code in framework bodies (the first route) is highlighted like the snippets: same themes, styles
  // turned into classes that /snippets.css colours (wrap: null adds no inline style of its own).
  markdown: { syntaxHighlight: 'shiki', shikiConfig: { themes: THEMES, defaultColor: false, wrap: null, transformers: [styleToClass()] } },
  // A Content-Security-Policy on every page: hashes for what Astro emits, nothing inline allowed.
  // Pagefind compiles its WebAssembly search core, hence 'wasm-unsafe-eval' (not 'unsafe-eval').
  security: {
    csp: {
      // The inline "/" shortcut in the header is allowed by the hash of its exact text.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [`sha256-${createHash('sha256').update(PAGE_SCRIPT).digest('base64')}`] },
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "connect-src 'self'"],
    },
  },
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
