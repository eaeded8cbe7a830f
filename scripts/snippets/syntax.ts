// Syntax check for snippets that are not executed: a real parser per language. The language's own
// front end where the machines have it (src/lib/snippets/parsers.ts: Python, PHP, Ruby, Elixir,
// which .ci/run installs; Groovy and Scala 3, whose compilers Maven fetches from Maven Central the
// first time), tree-sitter grammars compiled to WebAssembly otherwise (installed from npm with the
// project: no native build, no network at run time).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Language, Node } from 'web-tree-sitter';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { frontEndErrors, parserOf, type Parser } from '../../src/lib/snippets/parsers.ts';

const require = createRequire(import.meta.url);

let parserReady: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();

/** A front end this machine lacks: the run skips its snippets on a laptop and fails under CI=true. */
export class MissingFrontEnd extends Error {}

/**
 * The classpath of jars from Maven Central in the local Maven repository. Missing ones are fetched
 * the first time in one Maven run (each alone: the pom excludes their dependencies), since
 * starting Maven costs more than downloading a jar.
 */
function mavenClasspath(coordinates: readonly string[]): string {
  const repo = process.env.MAVEN_REPO ?? join(homedir(), '.m2', 'repository');
  const jars = coordinates.map((coordinate) => {
    const [group, artifact, version] = coordinate.split(':') as [string, string, string];
    return { coordinate, group, artifact, version, path: join(repo, ...group.split('.'), artifact, version, `${artifact}-${version}.jar`) };
  });
  const missing = jars.filter((jar) => !existsSync(jar.path));
  if (missing.length > 0) {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-jars-'));
    try {
      const dependencies = missing.map(
        (j) =>
          `<dependency><groupId>${j.group}</groupId><artifactId>${j.artifact}</artifactId><version>${j.version}</version>` +
          '<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>',
      );
      writeFileSync(
        join(dir, 'pom.xml'),
        `<project><modelVersion>4.0.0</modelVersion><groupId>atlas</groupId><artifactId>parser-jars</artifactId><version>0</version><dependencies>${dependencies.join('')}</dependencies></project>\n`,
      );
      const got = spawnSync(
        'mvn',
        ['-q', '-B', '-f', join(dir, 'pom.xml'), `-Dmaven.repo.local=${repo}`, 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:resolve'],
        {
          encoding: 'utf8',
          timeout: 300_000,
        },
      );
      const names = missing.map((j) => j.coordinate).join(', ');
      if ((got.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new MissingFrontEnd(`mvn not on PATH (it fetches ${names})`);
      if (missing.some((j) => !existsSync(j.path)))
        throw new Error(`could not fetch ${names} from Maven Central: ${(got.stderr || got.stdout || '').trim().slice(-300)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return jars.map((jar) => jar.path).join(delimiter);
}

function frontEnd(parser: Parser, code: string): string[] {
  const classpath = parser.jars && mavenClasspath(parser.jars);
  const dir = parser.file ? mkdtempSync(join(tmpdir(), 'atlas-snippet-')) : undefined;
  try {
    const file = dir && join(dir, parser.file!);
    if (file) writeFileSync(file, code);
    const fill = (part: string) => (part === '$CP' && classpath ? classpath : part === '$FILE' && file ? file : part);
    const [bin, ...args] = parser.command!.map(fill) as [string, ...string[]];
    const result = spawnSync(bin, args, { input: file ? '' : code, encoding: 'utf8', timeout: 60_000 });
    if (result.error) {
      if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingFrontEnd(`${bin} not on PATH`);
      throw new Error(`${bin} could not parse: ${result.error.message}`);
    }
    return result.status === 0
      ? []
      : frontEndErrors(`${result.stderr}
${result.stdout}`);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

function treeErrors(node: Node, found: string[] = []): string[] {
  if (node.isError || node.isMissing) {
    const at = `${node.startPosition.row + 1}:${node.startPosition.column + 1}`;
    found.push(node.isMissing ? `${at}: missing ${node.type}` : `${at}: unexpected "${node.text.slice(0, 30)}"`);
    return found;
  }
  for (const child of node.children) if (child && (child.hasError || child.isMissing)) treeErrors(child, found);
  return found;
}

/** Positions ("line:column: what") where `code` does not parse as `grammar`; empty when it parses. */
export async function syntaxErrors(grammar: string, code: string): Promise<string[]> {
  const parser = parserOf(grammar);
  if (parser?.command) return frontEnd(parser, code);
  const wasm = parser?.treeSitter;
  if (!wasm) throw new Error(`no parser configured for ${grammar} (add it to src/lib/snippets/parsers.ts)`);
  const { Language: Lang, Parser } = await import('web-tree-sitter');
  parserReady ??= Parser.init();
  await parserReady;
  if (!languages.has(grammar)) languages.set(grammar, Lang.load(require.resolve(wasm)));
  const treeSitter = new Parser();
  treeSitter.setLanguage(await languages.get(grammar)!);
  const tree = treeSitter.parse(code);
  if (!tree) return ['the parser returned no tree'];
  const errors = tree.rootNode.hasError ? treeErrors(tree.rootNode) : [];
  tree.delete();
  treeSitter.delete();
  return errors;
}
