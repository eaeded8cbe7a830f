/** One feature across all frameworks, as shown on /features/<id>/: grouped by language, best support first. */
import { levelRank } from './levels.ts';
import type { Support } from './schema.ts';

export interface FeatureAnswer {
  slug: string;
  name: string;
  languages: readonly string[];
  cell: Support;
}

/**
 * Group answers by language (a framework with two languages appears under each), languages in
 * alphabetical order, and within a language the most direct support first, then by name.
 */
export function groupAnswersByLanguage(answers: readonly FeatureAnswer[]): { language: string; answers: FeatureAnswer[] }[] {
  const languages = [...new Set(answers.flatMap((a) => a.languages))].sort((a, b) => a.localeCompare(b, 'en'));
  return languages.map((language) => ({
    language,
    answers: answers
      .filter((a) => a.languages.includes(language))
      .sort((x, y) => levelRank(x.cell.level) - levelRank(y.cell.level) || x.name.localeCompare(y.name, 'en')),
  }));
}
