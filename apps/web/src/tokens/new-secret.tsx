import { Button, Card, CopyButton, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { When } from '../components/when';
import type { CreatedToken } from './data';

/** The secret, this once: the API keeps only its hash, so nobody can show it again. */
export function NewSecret({ token, onDone }: { token: CreatedToken; onDone: () => void }) {
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
