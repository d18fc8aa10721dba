import { z } from 'zod';
import { fileIds } from './attached-file';

/**
 * The body a person sends for a step. Steps that attach files take `fileIds` (their uploads); the server swaps them for
 * the files' recorded names and hashes before the rules see the step, so nobody can claim a hash they did not upload.
 */
export function requestPayload(payload: z.ZodTypeAny): z.ZodTypeAny {
  if (!(payload instanceof z.ZodObject) || !('files' in payload.shape)) return payload;
  return payload.omit({ files: true }).extend({ fileIds: fileIds() });
}

/** Whether a step attaches files. */
export function attachesFiles(payload: z.ZodTypeAny): boolean {
  return payload instanceof z.ZodObject && 'files' in payload.shape;
}
