// Syntax check for snippets that are not executed: a real parser per language. The language's own
// front end where the machines have it (src/lib/snippets/parsers.ts: Python, PHP, Ruby, Elixir;
// .ci/run installs them), tree-sitter grammars compiled to WebAssembly otherwise (installed from
// npm with the project: no native build, no network at run time).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Language, Node } from 'web-tree-sitter';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { frontEndErrors, parserOf, type Parser } from '../../src/lib/snippets/parsers.ts';

const require = createRequire(import.meta.url);

let parserReady: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();

/** A front end this machine lacks: the run skips its snippets on a laptop and fails under CI=true. */
export class MissingFrontEnd extends Error {}

/** A jar from Maven Central in the local Maven repository, fetched with Maven the first time. */
function mavenJar(coordinate: string): string {
  const [group, artifact, version] = coordinate.split(':') as [string, string, string];
  const repo = process.env.MAVEN_REPO ?? join(homedir(), '.m2', 'repository');
  const jar = join(repo, ...group.split('.'), artifact, version, `${artifact}-${version}.jar`);
  if (existsSync(jar)) return jar;
  const got = spawnSync('mvn', ['-q', '-B', 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get', `-Dartifact=${coordinate}`, '-Dtransitive=false'], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  if ((got.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new MissingFrontEnd(`mvn not on PATH (it fetches ${coordinate})`);
  if (!existsSync(jar)) throw new Error(`could not fetch ${coordinate} from Maven Central: ${(got.stderr || got.stdout || '').trim().slice(-300)}`);
  return jar;
}

function frontEnd(parser: Parser, code: string): string[] {
  const jar = parser.jar ? mavenJar(parser.jar) : undefined;
  const [bin, ...args] = parser.command!.map((part) => (part === '$JAR' && jar ? jar : part)) as [string, ...string[]];
  const result = spawnSync(bin, args, { input: code, encoding: 'utf8', timeout: 60_000 });
  if (result.error) {
    if ((result.error as NodeJS.ErrnoException).code === 'ENOENT') throw new MissingFrontEnd(`${bin} not on PATH`);
    throw new Error(`${bin} could not parse: ${result.error.message}`);
  }
  return result.status === 0
    ? []
    : frontEndErrors(`${result.stderr}
${result.stdout}`);
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
