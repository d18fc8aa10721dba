import { readFileSync } from 'node:fs';
import type { AppConfig } from './config';

/** TLS settings in the shape both @temporalio/client's Connection and @temporalio/worker's NativeConnection take. */
export interface TemporalTls {
  serverNameOverride?: string;
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
}

export interface TemporalConnectionSettings {
  address: string;
  /** Absent: a plain connection. */
  tls?: TemporalTls;
  apiKey?: string;
}

type TemporalConnectionConfig = Pick<
  AppConfig,
  'TEMPORAL_ADDRESS' | 'TEMPORAL_TLS_CERT_PATH' | 'TEMPORAL_TLS_KEY_PATH' | 'TEMPORAL_TLS_CA_PATH' | 'TEMPORAL_TLS_SERVER_NAME' | 'TEMPORAL_API_KEY'
>;

function readPem(variable: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`${variable}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { cause: error });
  }
}

/**
 * How the API and the worker reach Temporal: mTLS when a client certificate is configured, TLS alone for an API key
 * or a CA or server name, plain otherwise. The one place that reads the TEMPORAL_TLS_* files, so the API, the
 * worker's client and its native connection always agree.
 */
export function temporalConnectionSettings(config: TemporalConnectionConfig): TemporalConnectionSettings {
  const { TEMPORAL_TLS_CERT_PATH: cert, TEMPORAL_TLS_KEY_PATH: key, TEMPORAL_TLS_CA_PATH: ca, TEMPORAL_TLS_SERVER_NAME: serverName, TEMPORAL_API_KEY: apiKey } = config;
  if (Boolean(cert) !== Boolean(key)) {
    throw new Error('TEMPORAL_TLS_CERT_PATH and TEMPORAL_TLS_KEY_PATH: set both (the client certificate and its key) or neither');
  }
  const usesTls = Boolean(cert || ca || serverName || apiKey);
  if (!usesTls) return { address: config.TEMPORAL_ADDRESS };
  const tls: TemporalTls = {};
  if (serverName) tls.serverNameOverride = serverName;
  if (ca) tls.serverRootCACertificate = readPem('TEMPORAL_TLS_CA_PATH', ca);
  if (cert && key) tls.clientCertPair = { crt: readPem('TEMPORAL_TLS_CERT_PATH', cert), key: readPem('TEMPORAL_TLS_KEY_PATH', key) };
  return { address: config.TEMPORAL_ADDRESS, tls, ...(apiKey ? { apiKey } : {}) };
}
