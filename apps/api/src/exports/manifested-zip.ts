import { createHash } from 'node:crypto';
import { pipeline, Readable, Transform } from 'node:stream';
import { ZipFile } from 'yazl';

/** The last entry: every other entry's SHA-256, in the format `sha256sum -c` reads. */
export const MANIFEST_NAME = 'SHA256SUMS';

/** What an entry's bytes must hash to, and the error that fails the archive when they do not. */
export interface ExpectedDigest {
  sha256: string;
  mismatch: (actual: string) => Error;
}

/**
 * A ZIP written as it is read, entry by entry, with a manifest of SHA-256 sums as its last entry. Each entry's source
 * is opened only when its turn comes and hashed as it passes into the archive, so one file at a time is open and
 * none is held in memory. Any failure destroys the output: the archive then has no manifest and no central
 * directory, so a cut-off download never passes for a whole one.
 */
export class ManifestedZip {
  readonly output: Readable;
  private readonly zip = new ZipFile();
  /** One manifest line per entry, in entry order; a streamed entry's is filled in once it has passed. */
  private readonly lines: (string | undefined)[] = [];
  private readonly paths = new Set<string>();
  private openSource: Readable | undefined;
  private closed = false;

  constructor(private readonly mtime: Date = new Date()) {
    this.output = this.zip.outputStream as Readable;
    this.zip.on('error', (error: Error) => this.output.destroy(error));
    // The reader went away (or the archive failed): the open source is released, nothing further is opened.
    this.output.once('close', () => {
      this.closed = true;
      this.openSource?.destroy();
    });
  }

  addBuffer(path: string, content: Buffer): void {
    const slot = this.reserve(path);
    this.lines[slot] = manifestLine(createHash('sha256').update(content).digest('hex'), path);
    this.zip.addBuffer(content, path, { mtime: this.mtime });
  }

  /** An entry whose content `open` supplies when the entries before it are written. */
  addStream(path: string, open: () => Promise<Readable>, expected?: ExpectedDigest): void {
    const slot = this.reserve(path);
    this.zip.addReadStreamLazy(path, { mtime: this.mtime }, (callback) => {
      if (this.closed) return;
      open().then(
        (source) => {
          this.openSource = source;
          const hash = createHash('sha256');
          const hashing = new Transform({
            transform: (chunk: Buffer, _encoding, done) => {
              hash.update(chunk);
              done(null, chunk);
            },
            flush: (done) => {
              const actual = hash.digest('hex');
              if (expected && actual !== expected.sha256) return done(expected.mismatch(actual));
              this.lines[slot] = manifestLine(actual, path);
              done();
            },
          });
          pipeline(source, hashing, (error) => {
            if (error) this.output.destroy(error);
          });
          callback(null, hashing);
        },
        (error: unknown) => callback(error, undefined as never),
      );
    });
  }

  /** Adds the manifest and ends the archive; the manifest is written once every entry before it has passed. */
  end(): void {
    this.zip.addReadStreamLazy(MANIFEST_NAME, { mtime: this.mtime }, (callback) => {
      callback(null, Readable.from([Buffer.from(this.lines.join(''), 'utf8')]));
    });
    this.zip.end();
  }

  private reserve(path: string): number {
    if (path === MANIFEST_NAME || this.paths.has(path)) throw new Error(`the archive has an entry ${path} already`);
    this.paths.add(path);
    return this.lines.push(undefined) - 1;
  }
}

/** `sha256sum`'s line: the hex digest, two spaces (text mode, as it writes by default), the path. */
function manifestLine(sha256: string, path: string): string {
  return `${sha256}  ${path}\n`;
}
