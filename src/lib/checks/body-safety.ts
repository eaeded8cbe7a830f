/**
 * Framework bodies are prose. MDX would run an `import`, evaluate a `{expression}` and render any
 * `<Component>` or raw HTML it finds, so a pull request could read files or environment variables
 * at build time, or publish a script. This check finds those constructs outside code (fenced
 * blocks and inline code spans are left alone, as MDX leaves them) and names the line and what to
 * write instead. The content check runs it before the MDX compiler.
 */
import type { Problem } from '../model/problems.ts';

/** Link targets that run code or smuggle content instead of pointing at a page. */
const UNSAFE_SCHEMES = /^(?:javascript|vbscript|data|file):/i;

/** Replace code (fenced blocks and inline spans) with spaces so line and column numbers survive. */
export function blankCode(body: string): string {
  const lines = body.split('\n');
  let fence: string | null = null;
  const out = lines.map((line) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) fence = null;
      return ' '.repeat(line.length);
    }
    if (open) {
      fence = open[1]!;
      return ' '.repeat(line.length);
    }
    return line;
  });
  // Inline code: a run of n backticks up to the next run of exactly n (may span lines within a paragraph).
  return out.join('\n').replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Problems in one framework body; `bodyLine` is the file's line number of the body's first line. */
export function bodySafety(file: string, body: string, bodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const prose = blankCode(body);
  prose.split('\n').forEach((line, i) => {
    const where = `line ${i + bodyLine}`;
    const say = (received: string, expected: string) => problems.push({ file, field: 'body', received: `${received} at ${where}`, expected });
    if (/^(?:import|export)\b/.test(line)) {
      say(
        `an ${line.startsWith('import') ? 'import' : 'export'} statement`,
        'prose only: bodies cannot import modules or export values (write the text itself, or put code in a fenced block)',
      );
      return;
    }
    const unescaped = line.replace(/\\[\\{}<>]/g, '  ');
    const brace = unescaped.search(/[{}]/);
    if (brace >= 0) say('a { } expression', 'prose only: write a literal brace as \\{ or &#123;, or put code in backticks');
    const tag = /<\/?([A-Za-z][\w.:-]*)|<!--/.exec(unescaped);
    if (tag)
      say(
        tag[1] ? `a <${tag[1]}> tag` : 'an HTML comment',
        'Markdown only: bodies allow no HTML or components (use Markdown for emphasis, links and lists; write < as &lt; or \\<)',
      );
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)|<([a-z][\w+.-]*:[^>\s]*)>/gi)) {
      const target = m[1] ?? m[2] ?? '';
      if (UNSAFE_SCHEMES.test(target)) say(`a ${target.split(':')[0]!.toLowerCase()}: link`, 'links to https:// pages or to pages of this site only');
    }
  });
  return problems;
}
