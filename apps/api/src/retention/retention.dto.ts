import { z } from 'zod';
import { FILE_RECORD_CLASSES, text, timestamp } from '@auditflow/domain';

export const legalHoldSchema = z.object({ reason: text.describe('why the records must not be disposed of (litigation, an investigation, a regulator)') });

export const liftLegalHoldSchema = z.object({ reason: text.describe('why the hold ends') });

export const retentionExtensionSchema = z.object({
  recordClass: z.enum(FILE_RECORD_CLASSES),
  keepUntil: timestamp.describe('the records of this class are kept at least until then'),
  reason: text,
});

export const retentionAnswerSchema = z.object({ auditId: z.string(), summary: z.string() });
