import { z } from 'zod';
import { isDeadlineDuration, isIsoDuration } from './duration';
import { FINDING_GRADES } from './grades';
import { onFirstUse } from './on-first-use';
import { TEAM_ROLES } from './roles';

/*
 * Building blocks shared by every payload schema, so the same rule reads the same everywhere. Each is built the first
 * time a schema parses with it or reads it: the workflows evaluate this module again for every workflow the worker
 * creates or replays, and building them all as it loaded was a third of that cost. A field is a `z.lazy` (used as it
 * is: `shortText.optional()`), an object the function that builds it (`personSchema().extend(...)`).
 */
export const email = z.lazy(() => z.email({ message: 'must be an e-mail address' }).transform((value) => value.toLowerCase()));
export const text = z.lazy(() => z.string().trim().min(1, { message: 'must not be empty' }).max(10_000));
export const shortText = z.lazy(() => z.string().trim().min(1, { message: 'must not be empty' }).max(500));
/** A calendar date such as 2026-03-01 (ISO 8601). */
export const calendarDate = z.lazy(() => z.iso.date({ message: 'must be a date such as 2026-03-01' }));
export const timestamp = z.lazy(() => z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time with offset, e.g. 2026-03-01T09:00:00Z' }));
export const isoDuration = z.lazy(() => z.string().refine(isIsoDuration, { message: 'must be an ISO 8601 duration such as P7D or PT30S' }));
/** How long someone has for a piece of work: elapsed time (ISO 8601), or whole working days on the audit's calendar. */
export const deadlineDuration = z.lazy(() =>
  z.string().refine(isDeadlineDuration, {
    message: 'must be an ISO 8601 duration such as P7D or PT30S, or whole working days such as "10 working days"',
  }),
);
/** An IANA time zone name such as Europe/Berlin, as calendar clients need it. */
export const timeZone = z.lazy(() =>
  z.string().refine(
    (value) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: value });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone such as Europe/Berlin or UTC' },
  ),
);
export const identifier = z.lazy(() => z.string().trim().min(1).max(100));
/** A UUID in its canonical lower-case form, whatever case it was sent in. */
export const uuid = z.lazy(() => z.uuid().transform((value) => value.toLowerCase()));
export const findingGradeSchema = z.lazy(() => z.enum(FINDING_GRADES));

export const personSchema = onFirstUse(() => z.object({ email, name: shortText }));

export const teamMemberSchema = onFirstUse(() =>
  personSchema().extend({
    role: z.enum(TEAM_ROLES),
    unit: shortText.optional(),
  }),
);

export const scopeSchema = onFirstUse(() =>
  z.object({
    units: z.array(shortText).min(1, { message: 'must name at least one unit' }),
    sites: z.array(shortText).default([]),
    processes: z.array(shortText).default([]),
    period: shortText.optional(),
  }),
);
