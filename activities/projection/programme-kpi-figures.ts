import { DataSource } from 'typeorm';
import type { ProgrammeKpiFigures } from '@auditflow/domain';
import { programmeKpis } from '@auditflow/persistence';

export function createProgrammeKpiActivities({ dataSource }: { dataSource: DataSource }) {
  return {
    /** The figures of the programme's audits its thresholds are checked against; a read, so any retry is harmless. */
    async programmeKpiFigures(input: { programmeId: string }): Promise<ProgrammeKpiFigures> {
      const kpis = await programmeKpis(dataSource, input.programmeId);
      return { overdueCorrectiveActions: kpis.correctiveActionClosure.overdue };
    },
  };
}
