import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { api } from '../api/client';
import { ApiRefusal } from '../api/refusal';
import type { Token } from './data';

/** Asks before revoking, above the list (no dialog: the page behind a dialog's veil would be unreadable). */
export function RevokeToken({ token, onClose }: { token: Token; onClose: () => void }) {
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
