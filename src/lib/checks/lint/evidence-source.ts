import type { LintRule } from './types.ts';

/**
 * Hosts that are never evidence: Q&A sites, tutorials, blogs and search engines. Evidence must
 * be the framework's own docs or repository (or, for a community package, that package's).
 */
export const NOT_EVIDENCE = [
  'stackoverflow.com',
  'medium.com',
  'dev.to',
  'w3schools.com',
  'geeksforgeeks.org',
  'tutorialspoint.com',
  'reddit.com',
  'quora.com',
  'google.com',
  'bing.com',
  'wikipedia.org',
  'youtube.com',
  'riptutorial.com',
  'javatpoint.com',
  'baeldung.com',
  'freecodecamp.org',
  'cnblogs.com',
  'csdn.net',
];

function badHost(url: string): string | undefined {
  const host = new URL(url).hostname.toLowerCase();
  return NOT_EVIDENCE.find((h) => host === h || host.endsWith(`.${h}`));
}

/** Evidence links point at primary sources and carry no tracking parameters. */
export const evidenceSource: LintRule = {
  id: 'evidence-source',
  description: 'evidence URLs point at primary documentation or repositories, without tracking parameters',
  check({ frameworks }) {
    return frameworks.flatMap((fw) =>
      Object.entries(fw.data.features).flatMap(([id, cell]) => {
        if (!cell?.evidence) return [];
        const field = `features.${id}.evidence`;
        const host = badHost(cell.evidence);
        if (host) {
          return [{ file: fw.file, field, received: cell.evidence, expected: `a link to the framework's own docs or repository, not ${host}` }];
        }
        if (/[?&]utm_[a-z]+=/.test(cell.evidence)) {
          return [{ file: fw.file, field, received: cell.evidence, expected: 'a URL without utm_ tracking parameters' }];
        }
        return [];
      }),
    );
  },
};
