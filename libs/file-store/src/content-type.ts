import { fileTypeFromBuffer } from 'file-type/core';
import { EXECUTABLE_KINDS, FileType, fileTypeNamed, fileTypeOfName, invalid } from '@auditflow/domain';

/** How much of the start of a file the type is read from: office files are ZIPs whose first entries tell them apart. */
export const SAMPLE_BYTES = 64 * 1024;

/**
 * The type of an upload, from its first bytes: it must be the type its name promises, one the settings allow, and
 * never a program. Refusals name the field at fault (`name` for what the name promises, `content` for the bytes).
 */
export async function checkContentType(sample: Buffer, fileName: string, allowed: readonly string[]): Promise<FileType> {
  const detected = await fileTypeFromBuffer(sample);
  if (detected && EXECUTABLE_KINDS.has(detected.ext)) throw invalid('content', `is a program (${detected.mime}): executables are never accepted`);
  if (!detected && sample.subarray(0, 2).toString('latin1') === '#!') throw invalid('content', 'is a script (it starts with #!): executables are never accepted');
  const promised = fileTypeOfName(fileName);
  const allowedList = allowed.map((name) => fileTypeNamed(name)?.extensions.map((extension) => `.${extension}`).join(', ')).join(', ');
  if (!promised || !allowed.includes(promised.name)) throw invalid('name', `"${fileName}" is not a type this installation accepts (${allowedList})`);
  if (promised.text) {
    if (detected || !looksLikeText(sample)) throw invalid('content', `is not ${promised.label}, as the name "${fileName}" says: it is ${detected ? `${detected.mime}` : 'binary data'}`);
    return promised;
  }
  if (!detected || detected.mime !== promised.mediaType) {
    throw invalid('content', `is not ${promised.label} (${promised.mediaType}), as the name "${fileName}" says: it is ${detected ? detected.mime : 'not a recognised file type'}`);
  }
  return promised;
}

/** Text has no NUL bytes and decodes as UTF-8 (a character cut at the end of the sample is allowed). */
function looksLikeText(sample: Buffer): boolean {
  if (sample.includes(0)) return false;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  const replaced = decoded.slice(0, -3).includes('\uFFFD');
  return !replaced;
}
