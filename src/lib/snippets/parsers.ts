/**
 * How a snippet that is not executed is checked, per language (Shiki grammar id): the language's
 * own front end where the machines can install it (Python's compiler, `php -l`, `ruby -c`,
 * Elixir's parser; see .ci/run; Groovy's and Scala 3's compilers from Maven Central), a tree-sitter
 * grammar otherwise. Shared by the harness (scripts/snippets/syntax.ts runs `command`) and the
 * pages (which show `label`).
 */
export interface Parser {
  /** Shown to readers under a parsed snippet: "Parsed by …, not run". */
  label: string;
  /**
   * The front end: reads the source on stdin (or from `$FILE` when `file` is set), exits non-zero
   * on a syntax error. Absent: tree-sitter. `$CP` stands for the classpath of `jars`.
   */
  command?: readonly string[];
  /**
   * The Maven Central artifacts the command runs from (`group:artifact:version`), each fetched
   * into the local Maven repository once, without its dependencies: list every jar the classpath needs.
   */
  jars?: readonly string[];
  /** For a front end that reads no stdin: the name of the temporary file the source is written to (`$FILE` in the command). */
  file?: string;
  /** Without a front end: the npm file of its tree-sitter grammar (WebAssembly, installed with the project). */
  treeSitter?: string;
}

const grammar = (name: string) => `tree-sitter-wasms/out/tree-sitter-${name}.wasm`;

const PYTHON_PARSE =
  'import ast,sys\ntry:\n ast.parse(sys.stdin.read())\nexcept SyntaxError as e:\n print(f"-:{e.lineno}:{e.offset}: {e.msg}", file=sys.stderr); sys.exit(1)';
const ELIXIR_PARSE = 'IO.read(:stdio, :eof) |> Code.string_to_quoted!()';
// Groovy's compiler up to the CONVERSION phase: the source is parsed into a syntax tree, no class is resolved.
const GROOVY_PARSE =
  'import org.codehaus.groovy.control.*; def cu = new CompilationUnit(); cu.addSource("Snippet.groovy", System.in.text); try { cu.compile(Phases.CONVERSION) } catch (MultipleCompilationErrorsException e) { System.err.println(e.message); System.exit(1) }';

export const PARSERS: Record<string, Parser> = {
  python: { label: "Python's own parser (ast.parse)", command: ['python3', '-c', PYTHON_PARSE] },
  php: { label: "PHP's own parser (php -l)", command: ['php', '-l'] },
  ruby: { label: "Ruby's own parser (ruby -c)", command: ['ruby', '-c'] },
  elixir: { label: "Elixir's own parser (Code.string_to_quoted)", command: ['elixir', '-e', ELIXIR_PARSE] },
  groovy: {
    label: "Groovy 4's own parser",
    command: ['java', '-cp', '$CP', 'groovy.ui.GroovyMain', '-e', GROOVY_PARSE],
    jars: ['org.apache.groovy:groovy:4.0.33'],
  },
  scala: {
    label: "Scala 3's own parser",
    // The compiler up to its parser phase: syntax only, no name is resolved (so no Play on the
    // classpath). C1 alone: a run this short gains nothing from the optimising JIT (a third less CPU).
    command: ['java', '-XX:TieredStopAtLevel=1', '-cp', '$CP', 'dotty.tools.dotc.Main', '-usejavacp', '-Ystop-after:parser', '-color:never', '$FILE'],
    // What the parser loads; the compiler's other dependencies (scala-asm for the back end,
    // compiler-interface for sbt, JLine for the REPL) are never loaded by a run that stops here.
    jars: [
      'org.scala-lang:scala3-compiler_3:3.3.7',
      'org.scala-lang:scala3-interfaces:3.3.7',
      'org.scala-lang:tasty-core_3:3.3.7',
      'org.scala-lang:scala3-library_3:3.3.7',
      'org.scala-lang:scala-library:2.13.16',
    ],
    file: 'Snippet.scala',
  },
  csharp: { label: 'a C# tree-sitter grammar (no .NET SDK here)', treeSitter: grammar('c_sharp') },
  swift: { label: 'a Swift tree-sitter grammar (no Swift toolchain here)', treeSitter: grammar('swift') },
  java: { label: 'a Java tree-sitter grammar', treeSitter: grammar('java') },
  kotlin: { label: 'a Kotlin tree-sitter grammar', treeSitter: grammar('kotlin') },
  javascript: { label: 'a JavaScript tree-sitter grammar', treeSitter: grammar('javascript') },
  typescript: { label: 'a TypeScript tree-sitter grammar', treeSitter: grammar('typescript') },
  go: { label: 'a Go tree-sitter grammar', treeSitter: grammar('go') },
  rust: { label: 'a Rust tree-sitter grammar', treeSitter: grammar('rust') },
  cpp: { label: "a C++ tree-sitter grammar (the framework's headers cannot be installed here)", treeSitter: grammar('cpp') },
};

/** The parser for a grammar id, or undefined when none is configured. */
export function parserOf(grammar: string): Parser | undefined {
  return Object.hasOwn(PARSERS, grammar) ? PARSERS[grammar] : undefined;
}

/**
 * "line:column: message" (or "line: message" when the front end gives no column) from a front
 * end's error output: PHP's "… on line N", Ruby's "-:N: …", Python's "-:N:C: …" (ours, above),
 * Elixir's "nofile:N:C: …", Groovy's "Snippet.groovy: N: … @ line N, column C.", and every
 * error of Scala 3's "-- [E040] Syntax Error: file:N:C ---" blocks (its column counts from 0).
 * Falls back to the first line of the output.
 */
export function frontEndErrors(output: string): string[] {
  const scala = [...output.matchAll(/^-- (?:\[E\d+\] )?(?:[\w ]+ )?Error: .*?:(\d+):(\d+) -+\n((?:(?!-- |\d+ errors? found).*\n?)*)/gm)];
  if (scala.length > 0) return scala.map(([, line, column, block]) => `${line}:${Number(column) + 1}: ${scalaMessage(block!)}`);
  const php = /Parse error:\s+(.*?) in Standard input code on line (\d+)/.exec(output);
  if (php) return [`${php[2]}: ${php[1]}`];
  const groovy = /Snippet\.groovy: (\d+): (.*?) @ line \d+, column (\d+)\./.exec(output);
  if (groovy) return [`${groovy[1]}:${groovy[3]}: ${groovy[2]}`];
  const elixir = /nofile:(\d+):(\d+): (.*)/.exec(output);
  if (elixir) return [`${elixir[1]}:${elixir[2]}: ${elixir[3]}`];
  const dash = /^-:(\d+):(?:(\d+):)? ?(.*)$/m.exec(output);
  if (dash) return [`${dash[1]}${dash[2] ? `:${dash[2]}` : ''}: ${dash[3]}`];
  const first = output
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  return [`?: ${first ?? 'the parser failed without a message'}`];
}

/** The message of one Scala 3 error block: the first "  |" line that is not the source line or its "^" marker. */
function scalaMessage(block: string): string {
  const lines = block.split('\n').flatMap((l) => /^\s*\|(.*)$/.exec(l)?.[1]?.trim() ?? []);
  return lines.find((l) => l && !/^\^+$/.test(l)) ?? 'syntax error';
}
