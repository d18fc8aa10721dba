import { Anchor, List } from '@mantine/core';
import type { AttachedFile } from '@auditflow/domain';
import { fileDownloadPath } from '../api/files';
import { formatFileSize } from '../components/file-size';

/** Files attached to a supplied document or a piece of evidence, each a download (checked against its SHA-256 by the API). */
export function AttachedFileLinks({ auditId, files }: { auditId: string; files: readonly AttachedFile[] | undefined }) {
  if (!files?.length) return null;
  return (
    <List size="sm" aria-label="Attached files">
      {files.map((file) => (
        <List.Item key={file.id}>
          <Anchor href={fileDownloadPath(auditId, file.id)} download={file.name} data-file-id={file.id}>
            {file.name}
          </Anchor>{' '}
          ({formatFileSize(file.size)})
        </List.Item>
      ))}
    </List>
  );
}
