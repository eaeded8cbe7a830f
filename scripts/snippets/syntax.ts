// Syntax check for snippets that are not executed: a real parser per language. Python uses the
// machine's own compiler (ast.parse); the others use tree-sitter grammars compiled to WebAssembly,
// installed from npm with the project (no native build, no network at run time).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Language, Node } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

/** Shiki grammar id → the npm file holding its tree-sitter grammar. */
const GRAMMARS: Record<string, string> = {
  ruby: 'tree-sitter-wasms/out/tree-sitter-ruby.wasm',
  php: 'tree-sitter-wasms/out/tree-sitter-php.wasm',
  elixir: 'tree-sitter-wasms/out/tree-sitter-elixir.wasm',
  csharp: 'tree-sitter-wasms/out/tree-sitter-c_sharp.wasm',
  swift: 'tree-sitter-wasms/out/tree-sitter-swift.wasm',
  java: 'tree-sitter-wasms/out/tree-sitter-java.wasm',
  javascript: 'tree-sitter-wasms/out/tree-sitter-javascript.wasm',
  typescript: 'tree-sitter-wasms/out/tree-sitter-typescript.wasm',
  go: 'tree-sitter-wasms/out/tree-sitter-go.wasm',
  rust: 'tree-sitter-wasms/out/tree-sitter-rust.wasm',
  kotlin: 'tree-sitter-wasms/out/tree-sitter-kotlin.wasm',
};

let parserReady: Promise<void> | undefined;
const languages = new Map<string, Promise<Language>>();

function pythonErrors(code: string): string[] {
  const script = 'import ast,sys\ntry:\n ast.parse(sys.stdin.read())\nexcept SyntaxError as e:\n print(f"{e.lineno}:{e.offset}: {e.msg}")';
  const result = spawnSync('python3', ['-c', script], { input: code, encoding: 'utf8' });
  if (result.error) throw new Error(`python3 is needed to parse Python snippets: ${result.error.message}`);
  return result.stdout.trim() ? [result.stdout.trim()] : [];
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
  if (grammar === 'python') return pythonErrors(code);
  const wasm = GRAMMARS[grammar];
  if (!wasm) throw new Error(`no parser configured for ${grammar} (add its tree-sitter grammar to scripts/snippets/syntax.ts)`);
  const { Language: Lang, Parser } = await import('web-tree-sitter');
  parserReady ??= Parser.init();
  await parserReady;
  if (!languages.has(grammar)) languages.set(grammar, Lang.load(require.resolve(wasm)));
  const parser = new Parser();
  parser.setLanguage(await languages.get(grammar)!);
  const tree = parser.parse(code);
  if (!tree) return ['the parser returned no tree'];
  const errors = tree.rootNode.hasError ? treeErrors(tree.rootNode) : [];
  tree.delete();
  parser.delete();
  return errors;
}
