import { Table } from '@mantine/core';
import { When } from '../components/when';
import { WideTable } from '../components/wide-table';
import type { CycleView, ProgrammeTask } from './data';
import { WindowStatusCell } from './window-status-cell';
import { windowStatus } from './window-status';

/** The windows of the cycle plan as it now stands, in order, each with where it stands. */
export function CycleWindows({ cycle, tasks, areaName }: { cycle: CycleView; tasks: readonly ProgrammeTask[]; areaName: (areaId: string) => string }) {
  const progress = new Map(cycle.windows.map((item) => [item.windowId, item]));
  return (
    <WideTable label="Audit windows of the cycle" minWidth={720}>
      <Table striped captionSide="top">
        <Table.Caption>The {cycle.plan.windows.length} audit windows of the cycle</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Window</Table.Th>
            <Table.Th>Area</Table.Th>
            <Table.Th>Opens</Table.Th>
            <Table.Th>Closes</Table.Th>
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cycle.plan.windows.map((window) => (
            <Table.Tr key={window.id} data-window={window.id}>
              <Table.Td>{window.id}</Table.Td>
              <Table.Td>{window.areaIds.map(areaName).join(', ')}</Table.Td>
              <Table.Td>
                <When iso={window.opensAt} />
              </Table.Td>
              <Table.Td>
                <When iso={window.closesAt} />
              </Table.Td>
              <Table.Td>
                <WindowStatusCell status={windowStatus(window, progress.get(window.id), tasks)} programmeId={cycle.programmeId} windowId={window.id} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </WideTable>
  );
}
