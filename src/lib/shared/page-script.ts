/**
 * The one script every page carries, inlined into the header (well under 1 kB, so content pages
 * load no script file) and allowed by its SHA-256 in the Content-Security-Policy
 * (astro.config.mjs hashes this exact text). Plain ES5 so it needs no build step. It:
 * - marks the page `js` (class on <html>), so controls that only work with JavaScript (the
 *   copy-link buttons) are shown only then;
 * - makes "/" focus the header search box, unless the reader is typing in a field;
 * - makes every `[data-copy-link]` button copy its value (a path, made absolute against the page's
 *   address; or the address itself) to the
 *   clipboard and say so in the element after it (a status region); where the clipboard is
 *   refused it shows the address to copy by hand.
 */
export const PAGE_SCRIPT = [
  "document.documentElement.classList.add('js');",
  "document.addEventListener('keydown',function(e){if(e.key!=='/'||e.ctrlKey||e.metaKey||e.altKey||e.defaultPrevented)return;var t=e.target;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;var b=document.getElementById('site-search');if(b){e.preventDefault();b.focus();}});",
  "document.addEventListener('click',function(e){var b=e.target&&e.target.closest&&e.target.closest('[data-copy-link]');if(!b)return;var s=b.nextElementSibling,u=b.getAttribute('data-copy-link');u=u?new URL(u,location.href).href:location.href;function say(t){if(s)s.textContent=t;}if(navigator.clipboard)navigator.clipboard.writeText(u).then(function(){say('Link copied.');},function(){say('Copy this address: '+u);});else say('Copy this address: '+u);});",
].join('');
