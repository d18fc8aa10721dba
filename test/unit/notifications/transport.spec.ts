import { createMailTransport, isConnectionFailure, isPermanentRefusal, mailCapacity } from '@auditflow/activities/mail-transport';
import { SendSlots } from '@auditflow/activities/notifications';
import type { Transporter } from 'nodemailer';

/** An error as nodemailer's SMTP connection makes it: its code, and the server's answer when there was one. */
const smtpError = (code: string, response?: string) =>
  Object.assign(new Error(response ?? code), { code, ...(response ? { response, responseCode: Number(response.slice(0, 3)) } : {}) });

describe('isPermanentRefusal', () => {
  it('takes a 5xx answer to the message itself as final', () => {
    expect(isPermanentRefusal(smtpError('EENVELOPE', '550 5.1.1 <nobody@example.org>: mailbox unavailable'))).toBe(true);
    expect(isPermanentRefusal(smtpError('EMESSAGE', '552 5.3.4 Message exceeds the size limit'))).toBe(true);
  });

  it('retries a 4xx answer and anything without an answer', () => {
    expect(isPermanentRefusal(smtpError('EENVELOPE', '451 4.3.0 try again later'))).toBe(false);
    expect(isPermanentRefusal(smtpError('ECONNECTION'))).toBe(false);
    expect(isPermanentRefusal(new Error('worker lost before commit'))).toBe(false);
  });

  it('retries a 5xx answer to the connection: it says nothing about the message', () => {
    // A greeting refused (a relay over its connection limit), EHLO refused, a failed login.
    expect(isPermanentRefusal(smtpError('EPROTOCOL', '554 5.7.1 too many connections from your host'))).toBe(false);
    expect(isPermanentRefusal(smtpError('ECONNECTION', '554 5.7.1 go away'))).toBe(false);
    expect(isPermanentRefusal(smtpError('EAUTH', '535 5.7.8 authentication failed'))).toBe(false);
  });

  it('tells an unreachable server from the rest', () => {
    expect(isConnectionFailure(smtpError('ECONNECTION'))).toBe(true);
    expect(isConnectionFailure(smtpError('ETIMEDOUT'))).toBe(true);
    expect(isConnectionFailure(smtpError('EENVELOPE', '550 no'))).toBe(false);
  });
});

describe('mailCapacity', () => {
  it('is the pool size of a pooled transport, one for a transport with a connection per message or made elsewhere', () => {
    const pooled = createMailTransport('smtp://127.0.0.1:2525', { maxConnections: 7, maxMessages: 100 });
    const single = createMailTransport('smtp://127.0.0.1:2525');
    try {
      expect(mailCapacity(pooled)).toBe(7);
      expect(mailCapacity(single)).toBe(1);
      expect(mailCapacity({ sendMail: jest.fn() } as unknown as Transporter)).toBe(1);
    } finally {
      pooled.close();
      single.close();
    }
  });
});

describe('SendSlots', () => {
  /** A task that runs until released, recording when it starts. */
  function gated(started: number[], id: number) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    return { release, task: async () => { started.push(id); await gate; return id; } };
  }

  it('runs at most its size at once, the others in the order they asked, and frees a slot when a task fails', async () => {
    const slots = new SendSlots(2);
    const started: number[] = [];
    const tasks = [1, 2, 3, 4].map((id) => gated(started, id));
    const failing = slots.run(async () => { throw new Error('refused'); });
    const results = tasks.map(({ task }) => slots.run(task));
    await expect(failing).rejects.toThrow('refused');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2]);
    tasks[1]!.release();
    await results[1];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([1, 2, 3]);
    tasks[0]!.release();
    tasks[2]!.release();
    tasks[3]!.release();
    expect(await Promise.all(results)).toEqual([1, 2, 3, 4]);
    expect(started).toEqual([1, 2, 3, 4]);
  });

  it('refuses a size below one', () => {
    expect(() => new SendSlots(0)).toThrow(RangeError);
  });
});
