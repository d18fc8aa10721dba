// Certificates for running the local Temporal cluster with mTLS, made with the openssl command-line tool: one CA that
// signs the server's certificate and a client certificate. For tests and local trials only; production brings its own.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MutualTlsFiles {
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** The name the server's certificate carries, for clients' server-name check. */
  serverName: string;
}

function openssl(args: string[], cwd: string): void {
  try {
    execFileSync('openssl', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`openssl ${args[0]} failed (install Debian's openssl package if it is missing): ${(error as Error).message}\n${stderr}`, { cause: error });
  }
}

/**
 * Writes a CA, a server certificate for `serverName` and 127.0.0.1, and a client certificate into `dir`. The
 * server's certificate may also act as a client: Temporal's own services present it when they call the front end.
 */
export function createMutualTlsFiles(dir: string, serverName = 'temporal.auditflow.local'): MutualTlsFiles {
  mkdirSync(dir, { recursive: true });
  const files: MutualTlsFiles = {
    caCert: join(dir, 'ca.pem'),
    serverCert: join(dir, 'server.pem'),
    serverKey: join(dir, 'server-key.pem'),
    clientCert: join(dir, 'client.pem'),
    clientKey: join(dir, 'client-key.pem'),
    serverName,
  };
  const days = '2';
  openssl(['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca-key.pem', '-out', files.caCert, '-days', days, '-subj', '/CN=Auditflow local CA', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'], dir);
  const issue = (name: string, subject: string, extensions: string) => {
    writeFileSync(join(dir, `${name}.ext`), extensions);
    openssl(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}-key.pem`, '-out', `${name}.csr`, '-subj', subject], dir);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', files.caCert, '-CAkey', 'ca-key.pem', '-CAcreateserial', '-out', `${name}.pem`, '-days', days, '-extfile', `${name}.ext`], dir);
  };
  issue('server', `/CN=${serverName}`, `subjectAltName=DNS:${serverName},DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth,clientAuth\nkeyUsage=critical,digitalSignature\n`);
  issue('client', '/CN=auditflow-worker', 'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature\n');
  return files;
}
