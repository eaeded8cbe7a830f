/**
 * A problem in the content, phrased for an author: which file, which field, what value was
 * found and what was expected. Never a stack trace.
 */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Dotted path of the field, e.g. "features.orm.level"; empty for the whole file. */
  field: string;
  /** The value found, or undefined when the field is missing. */
  received: unknown;
  /** What was expected, in words an author can act on. */
  expected: string;
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.file} › ${p.field}` : p.file;
  return `${where}: received ${describeValue(p.received)}; expected ${p.expected}`;
}

export function formatProblems(problems: Problem[]): string {
  const n = problems.length;
  return [`Backend Atlas content check: ${n} problem${n === 1 ? '' : 's'} found.`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
