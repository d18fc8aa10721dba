import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import { isoDuration } from '../schemas';

/** What an audit's records are kept as (6.6): each class has its own retention period, counted from the audit's close. */
export const RECORD_CLASSES = ['working-evidence', 'supplied-document', 'issued-report', 'timeline'] as const;
export type RecordClass = (typeof RECORD_CLASSES)[number];

/** The classes whose records are files, disposed of by deletion from the store. */
export const FILE_RECORD_CLASSES = ['working-evidence', 'supplied-document', 'issued-report'] as const satisfies readonly RecordClass[];
export type FileRecordClass = (typeof FILE_RECORD_CLASSES)[number];

export const RECORD_CLASS_LABELS: Record<RecordClass, string> = {
  'working-evidence': 'working evidence',
  'supplied-document': 'supplied documents',
  'issued-report': 'issued reports',
  timeline: 'timelines',
};

export const recordRetentionSchema = onFirstUse(() =>
  z
    .object({
      'working-evidence': isoDuration,
      'supplied-document': isoDuration,
      'issued-report': isoDuration,
      timeline: isoDuration,
    })
    .describe('how long after the audit closes each class of its records is kept before disposal (ISO 8601, e.g. P3Y)'),
);
export type RecordRetention = z.infer<ReturnType<typeof recordRetentionSchema>>;

/** 3 years after close for evidence, 6 for reports (and the timeline that proves them). */
export const DEFAULT_RECORD_RETENTION: RecordRetention = {
  'working-evidence': 'P3Y',
  'supplied-document': 'P3Y',
  'issued-report': 'P6Y',
  timeline: 'P6Y',
};

/** The compliance lead is told this long before a disposal. */
export const DEFAULT_DISPOSAL_NOTICE = 'P30D';
