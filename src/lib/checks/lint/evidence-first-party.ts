import type { LintRule } from './types.ts';

/** "github.com/org" for GitHub URLs, else the host without "www.". */
function origin(url: string): { host: string; org?: string | undefined } {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\./, '');
  return host === 'github.com' ? { host, org: u.pathname.split('/')[1]?.toLowerCase() } : { host };
}

/**
 * Built-in and official claims are proven by the framework's own pages: its website's host (or a
 * subdomain), its repository's GitHub organisation, or a host listed in `evidenceHosts`. Community
 * cells may cite the package's own repository, so they are not checked here.
 */
export const evidenceFirstParty: LintRule = {
  id: 'evidence-first-party',
  description: "evidence for built-in and official cells is on the framework's own site, repository organisation or listed hosts",
  check({ frameworks }) {
    return frameworks.flatMap((fw) => {
      const site = origin(fw.data.website).host;
      const repo = origin(fw.data.repository);
      const allowed = new Set(fw.data.evidenceHosts.map((h) => h.toLowerCase()));
      const own = (url: string) => {
        const { host, org } = origin(url);
        if (host === site || host.endsWith(`.${site}`) || site.endsWith(`.${host}`)) return true;
        if (org && repo.org === org) return true;
        return allowed.has(host) || (org !== undefined && allowed.has(`${host}/${org}`));
      };
      return Object.entries(fw.data.features).flatMap(([id, cell]) => {
        if ((cell.level !== 'built-in' && cell.level !== 'official') || !cell.evidence || own(cell.evidence)) return [];
        const { host, org } = origin(cell.evidence);
        return [
          {
            file: fw.file,
            field: `features.${id}.evidence`,
            received: cell.evidence,
            expected: `a page on ${site} or github.com/${repo.org ?? ''}, or "${org ? `${host}/${org}` : host}" added to evidenceHosts if it is first-party documentation`,
          },
        ];
      });
    });
  },
};
