// The record export's archive on its own: entries streamed in, each hashed on the way, SHA256SUMS last in the format
// `sha256sum -c` reads; a source that is not what it should be destroys the archive; names become harmless paths.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ManifestedZip, pathSegment, UniquePaths } from '@auditflow/api';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function unzipped(zip: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifested-zip-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'archive.zip'), zip);
  execFileSync('unzip', ['-q', 'archive.zip', '-d', 'out'], { cwd: dir });
  return join(dir, 'out');
}

describe('a ZIP with a manifest of SHA-256 sums', () => {
  it('streams its entries in order and ends with a manifest that sha256sum -c accepts', async () => {
    const zip = new ManifestedZip();
    zip.addBuffer('notes.json', Buffer.from('{"a":1}\n'));
    // 3 MiB in chunks, opened only when its turn comes.
    let opened = false;
    zip.addStream('big/data.bin', async () => {
      opened = true;
      return Readable.from((function* () {
        for (let i = 0; i < 48; i += 1) yield Buffer.alloc(64 * 1024, i);
      })());
    });
    expect(opened).toBe(false);
    zip.addStream('folder/with space.txt', async () => Readable.from([Buffer.from('hello')]), { sha256: '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824', mismatch: () => new Error('not hello') });
    zip.end();
    const out = unzipped(await buffer(zip.output));
    const check = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: out, encoding: 'utf8' });
    expect({ status: check.status, stdout: check.stdout }).toEqual({ status: 0, stdout: 'notes.json: OK\nbig/data.bin: OK\nfolder/with space.txt: OK\n' });
  });

  it('is destroyed, without a manifest, when an entry is not what it should be', async () => {
    const zip = new ManifestedZip();
    zip.addBuffer('first.txt', Buffer.from('first'));
    zip.addStream('altered.txt', async () => Readable.from([Buffer.from('altered')]), { sha256: '0'.repeat(64), mismatch: (actual) => new Error(`altered: ${actual}`) });
    zip.end();
    await expect(buffer(zip.output)).rejects.toThrow(/^altered: [0-9a-f]{64}$/);
  });

  it('refuses two entries at one path', () => {
    const zip = new ManifestedZip();
    zip.addBuffer('a.txt', Buffer.from('a'));
    expect(() => zip.addBuffer('a.txt', Buffer.from('b'))).toThrow('the archive has an entry a.txt already');
    expect(() => zip.addBuffer('SHA256SUMS', Buffer.from('b'))).toThrow();
  });
});

describe('paths in the archive', () => {
  it('makes each name one harmless segment', () => {
    expect(pathSegment('ISMS scope.pdf')).toBe('ISMS scope.pdf');
    expect(pathSegment('../../etc/passwd')).toBe('._._etc_passwd');
    expect(pathSegment('..')).toBe('_');
    expect(pathSegment('a\u0000b\nc\u007f.txt')).toBe('a_b_c_.txt');
    expect(pathSegment('C:\\report?.pdf')).toBe('C__report_.pdf');
    expect(pathSegment('   ')).toBe('_');
  });

  it('numbers a second file of the same name in one folder', () => {
    const paths = new UniquePaths();
    expect(paths.take('evidence/E-1', 'scan.pdf')).toBe('evidence/E-1/scan.pdf');
    expect(paths.take('evidence/E-1', 'scan.pdf')).toBe('evidence/E-1/scan (2).pdf');
    expect(paths.take('evidence/E-2', 'scan.pdf')).toBe('evidence/E-2/scan.pdf');
    expect(paths.take('evidence/E-1', 'README')).toBe('evidence/E-1/README');
  });
});
