import { z } from 'zod';
import { text, timestamp } from '../schemas';
import { FILE_RECORD_CLASSES } from './record-classes';

/** What the compliance lead sends to keep an audit's records (6.6): the API validates with these, the web app's forms are drawn from them. */
export const legalHoldSchema = z.object({ reason: text.describe('why the records must not be disposed of (litigation, an investigation, a regulator)') });

export const liftLegalHoldSchema = z.object({ reason: text.describe('why the hold ends') });

export const retentionExtensionSchema = z.object({
  recordClass: z.enum(FILE_RECORD_CLASSES),
  keepUntil: timestamp.describe('the records of this class are kept at least until then'),
  reason: text,
});
