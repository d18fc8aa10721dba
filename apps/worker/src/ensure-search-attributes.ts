import { Client, isGrpcServiceError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { AUDIT_SEARCH_ATTRIBUTES } from '@auditflow/domain';

/** gRPC's ALREADY_EXISTS status code. */
const GRPC_ALREADY_EXISTS = 6;

const INDEXED_TYPES: Record<string, temporal.api.enums.v1.IndexedValueType> = {
  Keyword: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  Datetime: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
};

async function missingSearchAttributes(client: Client, namespace: string): Promise<Array<[string, string]>> {
  const existing = await client.connection.operatorService.listSearchAttributes({ namespace });
  const known = new Set(Object.keys(existing.customAttributes ?? {}));
  return Object.entries(AUDIT_SEARCH_ATTRIBUTES).filter(([name]) => !known.has(name));
}

/**
 * Registers the audit search attributes that the namespace lacks (an external cluster; the dev server has them).
 * Workers starting together race here: the one that loses is told they already exist, and checks that they now do.
 */
export async function ensureSearchAttributes(client: Client, namespace: string): Promise<string[]> {
  const missing = await missingSearchAttributes(client, namespace);
  if (missing.length === 0) return [];
  try {
    await client.connection.operatorService.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(missing.map(([name, type]) => [name, INDEXED_TYPES[type]!])),
    });
  } catch (error) {
    if (!(isGrpcServiceError(error) && error.code === GRPC_ALREADY_EXISTS)) throw error;
    const stillMissing = await missingSearchAttributes(client, namespace);
    if (stillMissing.length) throw error;
    return [];
  }
  return missing.map(([name]) => name);
}
