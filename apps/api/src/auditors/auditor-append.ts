import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '@auditflow/domain';
import { AuditorEntity } from '@auditflow/persistence';

/**
 * Changes one auditor in a transaction with their row locked until commit, so that records appended at the same time
 * (evaluations, feedback, CPD) are appended one after the other and none is lost. `change` changes the loaded
 * auditor (or refuses); `record` writes the history row of the saved change with the transaction's EntityManager, so
 * the change and its record commit together or not at all.
 */
export function changeLockedAuditor(
  dataSource: DataSource,
  id: string,
  change: (auditor: AuditorEntity) => void,
  record: (db: EntityManager, saved: AuditorEntity) => Promise<void>,
): Promise<AuditorEntity> {
  return dataSource.transaction(async (db) => {
    const auditors = db.getRepository(AuditorEntity);
    const auditor = await auditors.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!auditor) throw notFound(`auditor ${id} does not exist`);
    change(auditor);
    const saved = await auditors.save(auditor);
    await record(db, saved);
    return saved;
  });
}
