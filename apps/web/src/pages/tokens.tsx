import { Alert, Badge, Button, Card, CopyButton, Group, Loader, NativeSelect, Radio, Stack, Table, Text, Textarea, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { FormEvent, useEffect, useRef, useState } from 'react';
import { api, refusalMessage } from '../api/client';
import { ApiRefusal, asRefusal } from '../api/refusal';
import type { paths } from '../api/schema';
import { Pager, pageOf } from '../components/pager';
import { RefusalAlert } from '../components/refusal-alert';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import { useSession } from '../session';

type Token = paths['/tokens']['get']['responses'][200]['content']['application/json'][number];
type CreatedToken = paths['/tokens']['post']['responses'][201]['content']['application/json'];

const PAGE_SIZE = 20;
const LIFETIMES = [
  { value: 'P30D', label: '30 days' },
  { value: 'P90D', label: '90 days' },
  { value: 'P180D', label: '180 days' },
  { value: 'P1Y', label: '1 year' },
];
const FORM_FIELDS = ['name', 'scope', 'expiresIn'] as const;

/** Everyone's API tokens for scripts and integrations: create one (its secret shown once), see them, revoke them. */
export function TokensPage() {
  const { person } = useSession();
  const [created, setCreated] = useState<CreatedToken | undefined>();
  const tokens = useQuery({
    queryKey: ['tokens', person.id],
    queryFn: async () => {
      // An admin's GET /tokens lists everyone's; this page is about the person's own.
      const { data, error } = await api.GET('/tokens', { params: { query: { personId: person.id } } });
      if (error || !data) throw new Error(refusalMessage(error));
      return data;
    },
  });
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>My API tokens</Title>
        <Text size="sm">
          Scripts and integrations send a token as <code>Authorization: Bearer aft_…</code>. A token acts as you, within its scope, until it expires or you revoke it.
        </Text>
      </div>
      {created ? <NewSecret token={created} onDone={() => setCreated(undefined)} /> : <CreateToken onCreated={setCreated} />}
      <Card withBorder component="section" aria-labelledby="your-tokens">
        <Stack gap="sm">
          <Title order={2} id="your-tokens" size="h4">
            Your tokens
          </Title>
          {tokens.isPending && <Loader aria-label="Loading your tokens" />}
          {tokens.error && <Alert color="red">{tokens.error.message}</Alert>}
          {tokens.data && <TokenList tokens={tokens.data} />}
        </Stack>
      </Card>
    </Stack>
  );
}

function CreateToken({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'act'>('read');
  const [expiresIn, setExpiresIn] = useState('P90D');
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: async () => {
      const { data, error, response } = await api.POST('/tokens', { body: { name, scope, expiresIn } });
      if (!data) throw ApiRefusal.of(response, error);
      return data;
    },
    onSuccess: (token) => {
      setName('');
      onCreated(token);
      void queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
  });
  const refusal = create.error ? asRefusal(create.error) : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-token">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <Title order={2} id="new-token" size="h4">
            New token
          </Title>
          <RefusalAlert refusal={refusal} fields={FORM_FIELDS} />
          <TextInput label="Name" description='What it is for, e.g. "nightly export"' required value={name} onChange={(event) => setName(event.currentTarget.value)} error={refusal?.field('name')} />
          <Radio.Group label="Scope" value={scope} onChange={(value) => setScope(value as 'read' | 'act')} error={refusal?.field('scope')}>
            <Stack gap={6} mt={6}>
              <Radio value="read" label="Read" description="Reads only (GET)" />
              <Radio value="act" label="Act" description="Reads, and takes the audit steps you may take" />
            </Stack>
          </Radio.Group>
          <NativeSelect label="Expires after" data={LIFETIMES} value={expiresIn} onChange={(event) => setExpiresIn(event.currentTarget.value)} error={refusal?.field('expiresIn')} />
          <Group>
            <Button type="submit" loading={create.isPending}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/** The secret, this once: the API keeps only its hash, so nobody can show it again. */
function NewSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
  const copyButton = useRef<HTMLButtonElement>(null);
  useEffect(() => copyButton.current?.focus(), []);
  return (
    <Card withBorder component="section" aria-labelledby="new-secret" bg="green.0">
      <Stack gap="sm">
        <Title order={2} id="new-secret" size="h4">
          Token “{token.name}” created
        </Title>
        <Text fw={700}>Copy it now: you will not see it again. Auditflow keeps only a fingerprint of it.</Text>
        <Textarea label="Your new token" readOnly autosize minRows={1} value={token.token} onFocus={(event) => event.currentTarget.select()} styles={{ input: { fontFamily: 'monospace', wordBreak: 'break-all' } }} />
        <Text size="sm">
          {token.scope === 'act' ? 'Reads and acts' : 'Reads only'}; expires <When iso={token.expiresAt} />.
        </Text>
        <Group>
          <CopyButton value={token.token} timeout={3000}>
            {({ copied, copy }) => (
              <Button ref={copyButton} onClick={copy} color={copied ? 'teal.9' : undefined}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            I have stored it
          </Button>
        </Group>
        <Text size="sm" aria-live="polite">
          Keep it like a password. If it leaks, revoke it below.
        </Text>
      </Stack>
    </Card>
  );
}

function tokenState(token: Token, now = Date.now()): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  return Date.parse(token.expiresAt) <= now ? 'expired' : 'active';
}

function TokenList({ tokens }: { tokens: Token[] }) {
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

/** Asks before revoking, above the list (no dialog: the page behind a dialog's veil would be unreadable). */
function RevokeToken({ token, onClose }: { token: Token; onClose: () => void }) {
  const queryClient = useQueryClient();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const revoke = useMutation({
    mutationFn: async () => {
      const { data, error, response } = await api.DELETE('/tokens/{id}', { params: { path: { id: token.id } } });
      if (!data) throw ApiRefusal.of(response, error);
      return data;
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
      onClose();
    },
  });
  const headingId = `revoke-${token.id}`;
  return (
    <Card ref={box} withBorder component="section" aria-labelledby={headingId} tabIndex={-1} bg="red.0">
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          Revoke “{token.name}”?
        </Title>
        <Text size="sm">Scripts that use it are refused from now on. This cannot be undone; create a new token if you need one again.</Text>
        {revoke.error && (
          <Alert color="red" role="alert">
            {revoke.error.message}
          </Alert>
        )}
        <Group>
          <Button color="red.9" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            Revoke token
          </Button>
          <Button variant="default" onClick={onClose}>
            Keep it
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
