/**
 * The "/" shortcut: on every page, "/" focuses the header search box unless the reader is typing
 * in a field. It is inlined into the header (a few hundred bytes, so content pages load no script
 * file for it), and astro.config.mjs adds this exact text's SHA-256 to the Content-Security-Policy,
 * so it runs under the strict CSP. Plain ES5 so it needs no build step.
 */
export const SLASH_KEY_SCRIPT =
  "document.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var b=document.getElementById('site-search');if(b){e.preventDefault();b.focus();}});";
