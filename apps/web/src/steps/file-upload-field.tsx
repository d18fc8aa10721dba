import { CloseButton, Group, Input, Progress, Stack, Text } from '@mantine/core';
import { acceptedExtensions, DEFAULT_ALLOWED_FILE_TYPES } from '@auditflow/domain';
import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import { asRefusal } from '../api/refusal';
import { uploadFile, UploadedFile } from '../api/files';
import { formatFileSize } from '../components/file-size';

/** Where a form's files go: the audit of its step, and who hears that uploads are still under way (submit waits). */
export interface FileUploadTarget {
  auditId: string;
  onUploading: (uploading: boolean) => void;
}

export const FileUploadContext = createContext<FileUploadTarget | undefined>(undefined);

/** The upload target of the form being rendered, if its step belongs to an audit. */
export function useFileUploadTarget(): FileUploadTarget | undefined {
  return useContext(FileUploadContext);
}

const ACCEPT = acceptedExtensions(DEFAULT_ALLOWED_FILE_TYPES);

interface PickedFile {
  key: string;
  file: File;
  /** Sent so far, 0 to 1. */
  progress: number;
  uploaded?: UploadedFile;
  /** Why the API refused it (wrong type, too large), in its words. */
  refusal?: string;
  cancel: AbortController;
}

interface FileUploadFieldProps {
  target: FileUploadTarget;
  /** The payload path (`fileIds`): kept on the input so a script finds it as it finds every other field. */
  path: string;
  label: string;
  /** What the API said about the field when the step was refused. */
  error?: string;
  onChange: (fileIds: string[]) => void;
}

/**
 * A step's files: each is uploaded to the audit as soon as it is picked, shown with its size and progress, and the
 * field's value is the ids of those uploaded, which the step then attaches. A refused file says why beside it.
 */
export function FileUploadField({ target, path, label, error, onChange }: FileUploadFieldProps) {
  const id = useId();
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const update = (key: string, change: Partial<PickedFile>) => setPicked((files) => files.map((file) => (file.key === key ? { ...file, ...change } : file)));

  // The form's value and its submit button follow the uploads; the latest callbacks are used, never a stale render's.
  const latest = useRef({ onChange, onUploading: target.onUploading });
  latest.current = { onChange, onUploading: target.onUploading };
  const uploadedIds = picked.flatMap((file) => (file.uploaded ? [file.uploaded.id] : []));
  const uploading = picked.some((file) => !file.uploaded && !file.refusal);
  const idsKey = uploadedIds.join(',');
  useEffect(() => latest.current.onChange(idsKey ? idsKey.split(',') : []), [idsKey]);
  useEffect(() => latest.current.onUploading(uploading), [uploading]);
  useEffect(() => () => latest.current.onUploading(false), []);

  function pick(files: File[]) {
    const added = files.map((file) => ({ key: crypto.randomUUID(), file, progress: 0, cancel: new AbortController() }));
    setPicked((current) => [...current, ...added]);
    for (const entry of added) {
      uploadFile(target.auditId, entry.file, { signal: entry.cancel.signal, onProgress: (progress) => update(entry.key, { progress }) }).then(
        (uploaded) => update(entry.key, { uploaded, progress: 1 }),
        (refused: unknown) => {
          if (!entry.cancel.signal.aborted) update(entry.key, { refusal: asRefusal(refused).message });
        },
      );
    }
  }

  function remove(entry: PickedFile) {
    // An upload not attached to a step is removed by the server in time; one still being sent is stopped here.
    entry.cancel.abort();
    setPicked((files) => files.filter((file) => file.key !== entry.key));
  }

  return (
    <Input.Wrapper id={id} label={label} description={`Each file is uploaded as soon as you pick it and attached when you submit. Accepted: ${ACCEPT.split(',').join(', ')}`} error={error}>
      <Stack gap={6} mt={4}>
        <input
          id={id}
          type="file"
          multiple
          accept={ACCEPT}
          data-field={path}
          onChange={(event) => {
            const files = [...(event.currentTarget.files ?? [])];
            // Cleared so the same file can be picked again after removing it.
            event.currentTarget.value = '';
            if (files.length) pick(files);
          }}
        />
        {picked.length > 0 && (
          <Stack gap={4} component="ul" aria-label={`${label}: picked files`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {picked.map((entry) => (
              <PickedFileRow key={entry.key} entry={entry} onRemove={() => remove(entry)} />
            ))}
          </Stack>
        )}
      </Stack>
    </Input.Wrapper>
  );
}

function PickedFileRow({ entry, onRemove }: { entry: PickedFile; onRemove: () => void }) {
  const state = entry.uploaded ? 'done' : entry.refusal ? 'refused' : 'uploading';
  const name = entry.file.name;
  return (
    <li data-upload-state={state} data-file-name={name}>
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
          {name} <Text span size="sm" c="dimmed">({formatFileSize(entry.file.size)})</Text>
        </Text>
        {state === 'uploading' && <Progress value={entry.progress * 100} w={80} aria-label={`Uploading ${name}`} />}
        {state === 'done' && (
          <Text size="sm" c="green.9">
            uploaded
          </Text>
        )}
        <CloseButton size="sm" aria-label={`Remove ${name}`} onClick={onRemove} />
      </Group>
      {entry.refusal && (
        <Text size="sm" c="red.8" role="alert">
          Not uploaded: {entry.refusal}
        </Text>
      )}
    </li>
  );
}
