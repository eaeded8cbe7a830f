/**
 * The data model of a code snippet: `content/snippets/<framework>/<task>/snippet.yaml`, beside the
 * snippet's real source files and its manifest/lockfile. This schema documents every field.
 * Rules across files (the framework's cell for the task, versions) live in the lint rules.
 */
import { z } from 'astro/zod';

/** How `npm run test:snippets` installs and runs a snippet; `syntax` means parsed, not executed. */
export const RUNNERS = ['pip', 'npm', 'go', 'cargo', 'maven', 'syntax'] as const;
export type Runner = (typeof RUNNERS)[number];

/** Wire protocols the driver speaks for the websockets task (Socket.IO serves on path /ws). */
export const PROTOCOLS = ['websocket', 'socket.io'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

/**
 * Languages a snippet's files can be in, keyed by file extension. `runOnly`: a schema or
 * configuration file (a SQL migration, a Prisma schema, a Liquibase changelog) that no parser
 * here checks; it may be shown only in an executed snippet, whose run proves it.
 */
export const LANGUAGES: Record<string, { name: string; shiki: string; runOnly?: true }> = {
  py: { name: 'Python', shiki: 'python' },
  js: { name: 'JavaScript', shiki: 'javascript' },
  mjs: { name: 'JavaScript', shiki: 'javascript' },
  ts: { name: 'TypeScript', shiki: 'typescript' },
  go: { name: 'Go', shiki: 'go' },
  rs: { name: 'Rust', shiki: 'rust' },
  java: { name: 'Java', shiki: 'java' },
  kt: { name: 'Kotlin', shiki: 'kotlin' },
  rb: { name: 'Ruby', shiki: 'ruby' },
  php: { name: 'PHP', shiki: 'php' },
  ex: { name: 'Elixir', shiki: 'elixir' },
  exs: { name: 'Elixir', shiki: 'elixir' },
  cs: { name: 'C#', shiki: 'csharp' },
  swift: { name: 'Swift', shiki: 'swift' },
  scala: { name: 'Scala', shiki: 'scala' },
  groovy: { name: 'Groovy', shiki: 'groovy' },
  cpp: { name: 'C++', shiki: 'cpp' },
  cc: { name: 'C++', shiki: 'cpp' },
  sql: { name: 'SQL', shiki: 'sql', runOnly: true },
  prisma: { name: 'Prisma schema', shiki: 'prisma', runOnly: true },
  yaml: { name: 'YAML', shiki: 'yaml', runOnly: true },
  yml: { name: 'YAML', shiki: 'yaml', runOnly: true },
  xml: { name: 'XML', shiki: 'xml', runOnly: true },
};

export function extensionOf(file: string): string {
  return /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
}

const registryName = z.string().regex(/^\S+$/, { error: 'expected a registry package name without spaces, e.g. Flask-WTF or @fastify/websocket' });

export const snippetMetaSchema = z
  .strictObject({
    /** Source files shown on the site, main file first, as paths relative to the snippet folder. */
    files: z
      .array(z.string().regex(/^(?!\/)(?!.*\.\.)[\w./-]+$/, { error: 'expected a relative path inside the snippet folder, e.g. app.py or src/main.rs' }))
      .min(1, { error: 'expected at least one source file' }),
    /** How the harness installs and runs it; `syntax` snippets are parsed only (the language cannot be installed here). */
    runner: z.enum(RUNNERS, { error: `expected one of ${RUNNERS.join(', ')}` }),
    /** The framework version the lockfile or manifest pins (the version shown as tested). */
    version: z
      .string({ error: 'expected the pinned framework version in quotes, e.g. "3.1.3"' })
      .regex(/^\d+(\.\d+)*([-.+][\w.]+)?$/, { error: 'expected a version such as "3.1.3"' }),
    /** Registry packages the feature needs beyond the framework: empty for built-in cells, the cell's package otherwise. */
    packages: z.array(registryName).default([]),
    /** Registry packages needed only to serve or compile the app (an ASGI server, a TypeScript compiler), not part of the feature. */
    host: z.array(registryName).default([]),
    /** Shell command run once after install, in the work copy (e.g. `go build -o app .`). */
    build: z.string().min(1).optional(),
    /** Shell command that starts the server on 127.0.0.1:$PORT. Required unless runner is syntax. */
    start: z.string().min(1).optional(),
    /** pip only: the Python minor version the snippet needs when the machine's python3 is older (e.g. "3.12"); the harness finds it on PATH or under pyenv. */
    python: z
      .string()
      .regex(/^3\.\d+$/, { error: 'expected a Python minor version in quotes, e.g. "3.12"' })
      .optional(),
    /** websockets only: the wire protocol the driver speaks (Socket.IO serves on path /ws). */
    protocol: z.enum(PROTOCOLS).default('websocket'),
    /** Why a snippet in a language this machine can run is only syntax-checked, or why it pins an older major than the profile's latest. */
    reason: z.string().min(10).optional(),
  })
  .superRefine((meta, ctx) => {
    if (meta.runner !== 'syntax' && !meta.start) {
      ctx.addIssue({
        code: 'custom',
        path: ['start'],
        message: 'expected a start command (the server must listen on 127.0.0.1:$PORT) for an executed snippet',
      });
    }
    if (meta.python && meta.runner !== 'pip') {
      ctx.addIssue({ code: 'custom', path: ['python'], message: 'expected python only with runner pip' });
    }
    if (meta.runner === 'syntax' && meta.start) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'expected no start command for a syntax-only snippet (set a runner to execute it)' });
    }
    for (const [i, file] of meta.files.entries()) {
      const language = LANGUAGES[extensionOf(file)];
      if (!language) {
        ctx.addIssue({ code: 'custom', path: ['files', i], message: `expected a source file with one of the extensions ${Object.keys(LANGUAGES).join(', ')}` });
      } else if (language.runOnly && (i === 0 || meta.runner === 'syntax')) {
        ctx.addIssue({
          code: 'custom',
          path: ['files', i],
          message:
            i === 0
              ? 'expected the main source file first (a schema or configuration file can follow it)'
              : `expected only files a parser checks in a parsed snippet: ${language.name} files are shown only in executed snippets, whose run proves them`,
        });
      }
    }
  });

export type SnippetMeta = z.infer<typeof snippetMetaSchema>;

/** Runners whose snippets are executed by the harness. */
export function isExecuted(runner: Runner): boolean {
  return runner !== 'syntax';
}
