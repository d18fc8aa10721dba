import { DEFAULT_ALLOWED_FILE_TYPES, Rejection } from '@auditflow/domain';
import { checkContentType } from '@auditflow/file-store';
import { SAMPLE_FILES } from '../../support/sample-files';

const check = (bytes: Buffer, name: string, allowed: readonly string[] = DEFAULT_ALLOWED_FILE_TYPES) => checkContentType(bytes, name, allowed);

async function refusal(bytes: Buffer, name: string, allowed?: readonly string[]): Promise<Rejection> {
  const error = await check(bytes, name, allowed).then(
    () => undefined,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(Rejection);
  return error as Rejection;
}

describe('the type of an upload, read from its content', () => {
  it('takes files whose bytes are what their names say', async () => {
    expect((await check(SAMPLE_FILES.pdf, 'ISMS scope.pdf')).mediaType).toBe('application/pdf');
    expect((await check(SAMPLE_FILES.png, 'firewall-rules.PNG')).mediaType).toBe('image/png');
    expect((await check(SAMPLE_FILES.csv, 'access-review.csv')).mediaType).toBe('text/csv');
  });

  it('refuses bytes that are not the type the name says, naming the content and both types', async () => {
    const wrong = await refusal(SAMPLE_FILES.png, 'policy.pdf');
    expect(wrong).toMatchObject({ kind: 'invalid', field: 'content' });
    expect(wrong.message).toContain('is not PDF document (application/pdf), as the name "policy.pdf" says: it is image/png');
    expect((await refusal(SAMPLE_FILES.png, 'notes.txt')).field).toBe('content');
  });

  it('refuses programs whatever their name, and types the settings do not allow', async () => {
    for (const [bytes, name] of [
      [SAMPLE_FILES.exe, 'setup.pdf'],
      [SAMPLE_FILES.elf, 'report.pdf'],
      [SAMPLE_FILES.script, 'notes.txt'],
    ] as const) {
      const refused = await refusal(bytes, name);
      expect(refused).toMatchObject({ kind: 'invalid', field: 'content' });
      expect(refused.message).toMatch(/executables are never accepted/);
    }
    expect((await refusal(SAMPLE_FILES.exe, 'setup.exe')).field).toBe('content');
    const notAllowed = await refusal(SAMPLE_FILES.pdf, 'scope.pdf', ['png']);
    expect(notAllowed).toMatchObject({ kind: 'invalid', field: 'name' });
    expect(notAllowed.message).toContain('is not a type this installation accepts (.png)');
  });
});
