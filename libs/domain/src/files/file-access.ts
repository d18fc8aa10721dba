import type { AttachedFile } from './attached-file';

/** The parts of an audit's view that carry files. */
export interface FileBearingView {
  evidence: { files?: AttachedFile[] }[];
  documents: { supplied?: { files?: AttachedFile[] } }[];
}

/**
 * The files a reader's view of an audit shows, by id: exactly those they may download. Access to a file follows the
 * audit's read rules because it is read off the same view: the auditee side's view has no working evidence, the
 * compliance lead's none of the confidential evidence's files.
 */
export function filesShownIn(view: FileBearingView): Map<string, AttachedFile> {
  const files = [...view.evidence.flatMap((evidence) => evidence.files ?? []), ...view.documents.flatMap((document) => document.supplied?.files ?? [])];
  return new Map(files.map((file) => [file.id, file]));
}
