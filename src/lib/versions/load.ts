/** Read the frontmatter of every content/frameworks/*.mdx, with the yaml package (no Astro). */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../model/read.ts';

/** One framework file as the check needs it. */
export interface FrameworkFile {
  slug: string;
  file: string;
  /** Parsed frontmatter (not validated: the check reads only the fields it needs and tolerates the rest). */
  data: Record<string, unknown>;
}

/** Parse one file's frontmatter; a string says why it could not be read. */
export function readFrontmatter(source: string): Record<string, unknown> | string {
  const split = splitFrontmatter(source);
  if (!split) return 'no frontmatter block';
  try {
    const data: unknown = parse(split.yaml);
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : 'frontmatter is not a block of fields';
  } catch (error) {
    return `frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`;
  }
}

/** Every framework file in `dir`, sorted by slug, and the files that could not be read. */
export function loadFrameworks(dir: string): { frameworks: FrameworkFile[]; problems: string[] } {
  const frameworks: FrameworkFile[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .sort()) {
    const file = join(dir, name);
    const data = readFrontmatter(readFileSync(file, 'utf8'));
    if (typeof data === 'string') problems.push(`${name}: ${data}`);
    else frameworks.push({ slug: basename(name, '.mdx'), file, data });
  }
  return { frameworks, problems };
}
