import { csrfHeader, signInUrl } from './client';
import { ApiRefusal, RefusalBody, refusalFields } from './refusal';

/** A stored upload, as POST /audits/{id}/files answers (schema.d.ts predates the endpoint, hence declared here). */
export interface UploadedFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  /** Attach it to a step (fileIds) before this time, or it is removed. */
  attachBy: string;
}

/** Where a file of an audit is downloaded: same origin, so the session cookie goes with it. */
export function fileDownloadPath(auditId: string, fileId: string): string {
  return `/audits/${encodeURIComponent(auditId)}/files/${encodeURIComponent(fileId)}`;
}

/**
 * Uploads one file to an audit as its raw bytes (the API reads the type from the content, and refuses what the name
 * does not promise). XMLHttpRequest rather than fetch, as only it reports how much of the body has been sent.
 */
export function uploadFile(auditId: string, file: File, options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {}): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/audits/${encodeURIComponent(auditId)}/files?name=${encodeURIComponent(file.name)}`);
    request.withCredentials = true;
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader())) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      const body = parsed(request.responseText);
      if (request.status === 201) return resolve(body as UploadedFile);
      if (request.status === 401) window.location.assign(signInUrl());
      reject(refusalOf(request.status, body));
    };
    request.onerror = () => reject(new ApiRefusal(0, `${file.name} could not be sent; check the connection and try again.`, {}));
    request.onabort = () => reject(new ApiRefusal(0, 'upload cancelled', {}));
    options.signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return {};
  }
}

function refusalOf(status: number, body: unknown): ApiRefusal {
  const refusal = (body && typeof body === 'object' ? body : {}) as RefusalBody;
  const fallback = status === 413 ? 'is larger than this installation accepts' : `refused (${status})`;
  return new ApiRefusal(status, refusal.message ?? fallback, refusalFields(refusal));
}
