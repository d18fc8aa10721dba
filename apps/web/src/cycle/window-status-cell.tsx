import { Anchor, Stack, Text } from '@mantine/core';
import { webPagePath } from '@auditflow/domain';
import { Link } from 'react-router';
import { When } from '../components/when';
import { launchWindowPath } from './launch-window-path';
import type { WindowStatus } from './window-status';

/** A window's status in words, with the way on: the launch form while its launch task is open, the audit once launched. */
export function WindowStatusCell({ status, programmeId, windowId }: { status: WindowStatus; programmeId: string; windowId: string }) {
  switch (status.kind) {
    case 'planned':
      return <Text size="sm">planned</Text>;
    case 'launch-task-open':
      return (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            launch task open
          </Text>
          <Anchor size="sm" component={Link} to={launchWindowPath(programmeId, windowId)}>
            Launch the audit of {windowId}
          </Anchor>
        </Stack>
      );
    case 'launched':
      return (
        <Anchor size="sm" component={Link} to={webPagePath('audit', { id: status.auditId })}>
          {status.finishedPhase ? `audit finished (${status.finishedPhase})` : 'launched'}
        </Anchor>
      );
    case 'skipped':
      return <Text size="sm">skipped: {status.reason}</Text>;
    case 'missed':
      return (
        <Text size="sm" c="red.9" fw={600}>
          missed <When iso={status.missedAt} />
        </Text>
      );
  }
}
