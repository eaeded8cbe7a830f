import type { Problem } from '../../model/problems.ts';
import type { LintRule } from './types.ts';

/**
 * Hosted services the atlas knows by name. A cell is graded by the framework's own offer or by a
 * library that runs inside the app; a hosted service may be named in the note, never in `package`.
 * Extend the list when a review finds another one.
 */
export const HOSTED_SERVICES = [
  'Resend',
  'SendGrid',
  'Postmark',
  'Mailgun',
  'Mailjet',
  'Amazon SES',
  'AWS SES',
  'Mailchimp',
  'Mandrill',
  'SparkPost',
  'Brevo',
  'Cloudflare Queues',
  'Cloudflare Workers KV',
  'Amazon SQS',
  'AWS SQS',
  'Google Cloud Tasks',
  'Azure Service Bus',
  'Inngest',
  'Trigger.dev',
  'QStash',
  'Upstash',
  'Auth0',
  'Clerk',
  'Firebase Authentication',
  'Supabase Auth',
  'Deno Deploy',
  'Algolia',
] as const;

const PATTERNS = HOSTED_SERVICES.map((name) => ({ name, re: new RegExp(`(^|[^\\w@/-])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i') }));

/** Hosted services never fill `package`. */
export const hostedServices: LintRule = {
  id: 'hosted-services',
  description: "a cell's package is never a hosted service (name it in the note instead)",
  check({ frameworks }) {
    return frameworks.flatMap((fw) =>
      Object.entries(fw.data.features).flatMap(([id, cell]): Problem[] => {
        const hit = PATTERNS.find(({ re }) => re.test(cell.package ?? ''));
        return hit
          ? [
              {
                file: fw.file,
                field: `features.${id}.package`,
                received: cell.package,
                expected: `a package that runs inside the application, not the hosted service ${hit.name}: grade the cell by what ${fw.data.name} itself offers (or an in-app library such as an SMTP client or job queue) and name ${hit.name} in the note`,
              },
            ]
          : [];
      }),
    );
  },
};
