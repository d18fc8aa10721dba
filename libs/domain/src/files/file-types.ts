/**
 * The kinds of file an audit takes, known by the content, not the name. A file's name promises a type (its extension);
 * the bytes must keep that promise. Executables are never taken, whatever the settings allow.
 */
export interface FileType {
  /** The name used in the FILE_ALLOWED_TYPES setting. */
  name: string;
  label: string;
  mediaType: string;
  extensions: readonly string[];
  /** Plain text has no signature: it is recognised by being text. */
  text?: boolean;
}

const type = (name: string, label: string, mediaType: string, extensions: string[], text = false): FileType => ({ name, label, mediaType, extensions, ...(text ? { text } : {}) });

export const FILE_TYPES: readonly FileType[] = [
  type('pdf', 'PDF document', 'application/pdf', ['pdf']),
  type('png', 'PNG image', 'image/png', ['png']),
  type('jpeg', 'JPEG image', 'image/jpeg', ['jpg', 'jpeg']),
  type('gif', 'GIF image', 'image/gif', ['gif']),
  type('webp', 'WebP image', 'image/webp', ['webp']),
  type('tiff', 'TIFF image', 'image/tiff', ['tif', 'tiff']),
  type('docx', 'Word document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['docx']),
  type('xlsx', 'Excel workbook', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ['xlsx']),
  type('pptx', 'PowerPoint presentation', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', ['pptx']),
  type('odt', 'OpenDocument text', 'application/vnd.oasis.opendocument.text', ['odt']),
  type('ods', 'OpenDocument spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet', ['ods']),
  type('odp', 'OpenDocument presentation', 'application/vnd.oasis.opendocument.presentation', ['odp']),
  type('zip', 'ZIP archive', 'application/zip', ['zip']),
  type('eml', 'e-mail message', 'message/rfc822', ['eml'], true),
  type('csv', 'CSV table', 'text/csv', ['csv'], true),
  type('txt', 'plain text', 'text/plain', ['txt', 'log', 'md'], true),
  type('json', 'JSON', 'application/json', ['json'], true),
  type('xml', 'XML', 'application/xml', ['xml'], true),
];

/** Taken unless the settings say otherwise: documents, images, office files and text. Archives are not, as they hide what they hold. */
export const DEFAULT_ALLOWED_FILE_TYPES: readonly string[] = FILE_TYPES.filter((fileType) => fileType.name !== 'zip').map((fileType) => fileType.name);

/** Detected kinds (file-type's extensions) that run code: refused always. */
export const EXECUTABLE_KINDS: ReadonlySet<string> = new Set(['exe', 'elf', 'mach', 'macho', 'class', 'dex', 'wasm', 'msi', 'deb', 'rpm', 'apk', 'cab', 'dll', 'so', 'jar', 'xpi', 'crx', 'lnk']);

export function fileTypeNamed(name: string): FileType | undefined {
  return FILE_TYPES.find((fileType) => fileType.name === name);
}

/** The type a file name promises by its extension, if Auditflow knows it. */
export function fileTypeOfName(fileName: string): FileType | undefined {
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return extension ? FILE_TYPES.find((fileType) => fileType.extensions.includes(extension)) : undefined;
}

/** What an `accept` attribute of a file input lists for the allowed types. */
export function acceptedExtensions(allowed: readonly string[]): string {
  return FILE_TYPES.filter((fileType) => allowed.includes(fileType.name))
    .flatMap((fileType) => fileType.extensions.map((extension) => `.${extension}`))
    .join(',');
}
