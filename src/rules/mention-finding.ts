/** The finding every name rule makes: a mention, the form to write instead (if known) and a message. */
import type { Mention } from '../match/mention.ts';
import { applyCasePattern } from '../text/case.ts';
import type { Finding } from './rule.ts';

export function mentionFinding(m: Mention, expected: string | undefined, message: string): Finding {
  return {
    start: m.start,
    end: m.end,
    found: m.text,
    entity: m.entity.id,
    message,
    ...(expected ? { expected, fix: applyCasePattern(m.text, expected, m.surface.form) } : {}),
  };
}
