import type { Problem } from '../../model/problems.ts';
import type { LintRule } from './types.ts';

/** How old a notable-user claim may be, in years, before it needs a newer source. */
export const NOTABLE_USER_MAX_AGE = 5;

/**
 * Notable users are current and independent: each source carries the year it was published, no
 * older than five years; the organisation that makes the framework is not listed as its user; a
 * profile with no users says what the project publishes about them.
 */
export const notableUsers: LintRule = {
  id: 'notable-users',
  description: 'notable users are dated within five years, are not the owner, and an empty list is explained',
  check({ frameworks, today = new Date() }) {
    const oldest = today.getUTCFullYear() - NOTABLE_USER_MAX_AGE;
    return frameworks.flatMap((fw) => {
      const { notableUsers: users, notableUsersNote, creator, maintainer } = fw.data;
      const problems: Problem[] = [];
      if (users.length === 0 && !notableUsersNote) {
        problems.push({
          file: fw.file,
          field: 'notableUsersNote',
          received: undefined,
          expected:
            'a sentence saying what the project publishes about its users (e.g. "The project publishes no list of users."), or notable users from first-party sources',
        });
      }
      const owners = `${creator} ${maintainer}`.toLowerCase();
      users.forEach((user, i) => {
        if (user.year === undefined) {
          problems.push({
            file: fw.file,
            field: `notableUsers.${i}.year`,
            received: undefined,
            expected: `the year the source (${user.source}) was published or last updated`,
          });
        } else if (user.year < oldest) {
          problems.push({
            file: fw.file,
            field: `notableUsers.${i}.year`,
            received: user.year,
            expected: `a source from ${oldest} or later: find a newer first-party source for ${user.name} or remove the entry`,
          });
        }
        if (new RegExp(`\\b${user.name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(owners)) {
          problems.push({
            file: fw.file,
            field: `notableUsers.${i}.name`,
            received: user.name,
            expected: `a user other than the organisation that makes ${fw.data.name} (it is named as creator or maintainer)`,
          });
        }
      });
      return problems;
    });
  },
};
