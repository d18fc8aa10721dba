import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../session';
import { CreateToken } from '../tokens/create-token';
import { CreatedToken, useOwnTokens } from '../tokens/data';
import { NewSecret } from '../tokens/new-secret';
import { TokenList } from '../tokens/token-list';

/** Everyone's API tokens for scripts and integrations: create one (its secret shown once), see them, revoke them. */
export function TokensPage() {
  const { person } = useSession();
  const [created, setCreated] = useState<CreatedToken | undefined>();
  const tokens = useOwnTokens(person.id);
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
