import { parse, serialize, SerializeOptions } from 'cookie';
import type { Request, Response } from 'express';
import type { AppConfig } from '@auditflow/config';

/** Cookie names and attributes: httpOnly, SameSite=Lax, Secure (and the __Host- prefix) when PUBLIC_URL is https. */
export class SessionCookies {
  readonly secure: boolean;
  readonly sessionName: string;
  readonly ssoName: string;

  constructor(config: AppConfig) {
    this.secure = config.publicUrl.startsWith('https://');
    this.sessionName = this.secure ? '__Host-auditflow_session' : 'auditflow_session';
    this.ssoName = this.secure ? '__Host-auditflow_sso' : 'auditflow_sso';
  }

  read(request: Request, name: string): string | undefined {
    const header = request.headers.cookie;
    return header ? parse(header)[name] : undefined;
  }

  set(response: Response, name: string, value: string, maxAgeSeconds: number): void {
    response.append('Set-Cookie', serialize(name, value, this.options(maxAgeSeconds)));
  }

  clear(response: Response, name: string): void {
    response.append('Set-Cookie', serialize(name, '', { ...this.options(0), expires: new Date(0) }));
  }

  private options(maxAge: number): SerializeOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/', maxAge };
  }
}
