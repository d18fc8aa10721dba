import { z } from 'zod';
import { onFirstUse } from '../on-first-use';
import { shortText, uuid } from '../schemas';

/** The most files one step attaches. */
export const MAX_FILES_PER_STEP = 20;

/**
 * A file as the audit records it: never the content, only what identifies it and proves it unchanged. The server
 * fills these in from the uploads the request names (`fileIds`); a request cannot set them itself.
 */
const attachedFileSchema = onFirstUse(() =>
  z.object({
    id: uuid,
    name: shortText,
    mediaType: shortText,
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in lower-case hex' }),
  }),
);
export type AttachedFile = z.infer<ReturnType<typeof attachedFileSchema>>;

/** The files a step records, as the rules receive them. */
export const attachedFiles = onFirstUse(() => z.array(attachedFileSchema()).max(MAX_FILES_PER_STEP).default([]));

/** The uploads a request attaches: ids the upload answered with. */
export const fileIds = onFirstUse(() =>
  z
    .array(uuid)
    .max(MAX_FILES_PER_STEP, { message: `must name at most ${MAX_FILES_PER_STEP} files` })
    .refine((ids) => new Set(ids).size === ids.length, { message: 'must not name a file twice' })
    .default([])
    .describe('files uploaded with POST /audits/{id}/files to attach to this step'),
);

/** What the timeline keeps of attached files: enough to prove each one later. */
export function fileRecord(files: readonly AttachedFile[], { withNames = true } = {}) {
  return files.map(({ id, name, size, sha256 }) => ({ id, ...(withNames ? { name } : {}), size, sha256 }));
}

/** How a timeline line names attached files: "2 files: a.pdf, b.png". */
export function filesSummary(files: readonly AttachedFile[]): string {
  if (files.length === 0) return '';
  return `${files.length} file${files.length === 1 ? '' : 's'}: ${files.map((file) => file.name).join(', ')}`;
}
