/**
 * `--write`: change scalar values in a file's frontmatter in place. Each edit replaces exactly the
 * characters of one YAML value (found with the yaml package's source ranges), so comments, key
 * order, indentation, quoting and the body stay byte-identical.
 */
import { isScalar, parse, parseDocument } from 'yaml';
import { splitFrontmatter } from '../model/read.ts';

/** Set the scalar at `path` (keys and feature ids, as in the frontmatter) to `value`. */
export interface Edit {
  path: string[];
  value: string;
}

/** The value written in the style of the one it replaces: same quotes; plain only when it reads back as the same string. */
function render(value: string, type: string | undefined): string {
  if (type === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  if (type === 'PLAIN' && !/^\s|\s$|\n/.test(value)) {
    try {
      // Plain is kept when YAML reads it back unchanged as a value ("2026-12-02", "https://…#v1").
      const back: unknown = parse(`x: ${value}`);
      if ((back as { x?: unknown } | null)?.x === value) return value;
    } catch {
      // not plain-safe; quote it
    }
  }
  return JSON.stringify(value);
}

/** Apply the edits; throws when a path is missing or is not a single-line scalar. */
export function editFrontmatter(source: string, edits: readonly Edit[]): string {
  const split = splitFrontmatter(source);
  if (!split) throw new Error('no frontmatter block');
  const offset = source.indexOf('\n') + 1;
  if (source.slice(offset, offset + split.yaml.length) !== split.yaml) throw new Error('frontmatter does not start on the second line');
  const doc = parseDocument(split.yaml);
  const spans = edits.map((edit) => {
    const node = doc.getIn(edit.path, true);
    if (!isScalar(node) || !node.range) throw new Error(`no value at ${edit.path.join('.')}`);
    const [start, end] = node.range;
    if (split.yaml.slice(start, end).includes('\n')) throw new Error(`${edit.path.join('.')} spans several lines`);
    return { start: offset + start, end: offset + end, text: render(edit.value, node.type) };
  });
  let out = source;
  for (const s of spans.sort((a, b) => b.start - a.start)) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}
