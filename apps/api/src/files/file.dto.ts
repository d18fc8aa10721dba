import { z } from 'zod';
import { attachedFileViewSchema, shortText } from '@auditflow/domain';

/** `?name=` of an upload: the file's own name, whose extension says what type its bytes must be. */
export const uploadQuerySchema = z.object({
  name: shortText
    .unwrap()
    .max(255)
    .refine((name) => ![...name].some((character) => character === '/' || character === '\\' || character.charCodeAt(0) < 0x20), { message: 'must be a file name, without folders or control characters' })
    .describe('the file name, e.g. access-review-2026.xlsx: its extension must match the content'),
});

export const uploadedFileSchema = attachedFileViewSchema.extend({
  uploadedAt: z.string().describe('ISO 8601'),
  attachBy: z.string().describe('attach it to a step (fileIds) before this time, or it is removed'),
});
