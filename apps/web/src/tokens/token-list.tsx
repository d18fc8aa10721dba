import { Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Pager, pageOf } from '../components/pager';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import type { Token } from './data';
import { RevokeToken } from './revoke-token';
import { tokenState } from './token-state';

const PAGE_SIZE = 20;

export function TokenList({ tokens }: { tokens: Token[] }) {
  const [page, setPage] = useState(1);
  const [revoking, setRevoking] = useState<Token | undefined>();
  if (tokens.length === 0) return <Text>You have no API tokens.</Text>;
  return (
    <>
      {revoking && <RevokeToken key={revoking.id} token={revoking} onClose={() => setRevoking(undefined)} />}
      <WideTable label="Your tokens" minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Starts with</Table.Th>
              <Table.Th>Scope</Table.Th>
              <Table.Th>Created</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th>Last used</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>
                <VisuallyHidden>Revoke</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pageOf(tokens, page, PAGE_SIZE).map((token) => {
              const state = tokenState(token);
              return (
                <Table.Tr key={token.id}>
                  <Table.Td>{token.name}</Table.Td>
                  <Table.Td>
                    <code>{token.prefix}…</code>
                  </Table.Td>
                  <Table.Td>{token.scope}</Table.Td>
                  <Table.Td>
                    <When iso={token.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <When iso={token.expiresAt} />
                  </Table.Td>
                  <Table.Td>{token.lastUsedAt ? <When iso={token.lastUsedAt} /> : 'never'}</Table.Td>
                  <Table.Td>
                    <Badge color={state === 'active' ? 'teal.9' : 'gray.8'}>{state}</Badge>
                    {token.revokedAt && (
                      <Text size="xs">
                        <When iso={token.revokedAt} />
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {state === 'active' && (
                      <Button variant="outline" color="red.9" size="xs" onClick={() => setRevoking(token)} aria-label={`Revoke ${token.name}`}>
                        Revoke
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </WideTable>
      <Pager total={tokens.length} pageSize={PAGE_SIZE} page={page} onChange={setPage} label="Pages of tokens" />
    </>
  );
}
