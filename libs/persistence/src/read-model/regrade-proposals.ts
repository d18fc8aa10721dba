import { REPEATED_MINORS_PROPOSE_MAJOR } from '@auditflow/domain';

/**
 * Minor nonconformities of the audit whose criterion (compared without letter case) has had at least
 * REPEATED_MINORS_PROPOSE_MAJOR minors in the audit's programme, counting those since raised to a major and leaving out
 * withdrawn ones; while the audit is conducting, when raising is a step the team leader can take. Read at request time, so a minor recorded in another audit shows here at once.
 * For the audit id `auditId` (a placeholder or a literal); its rows are RegradeProposals.
 */
export function regradeProposalsSql(auditId: string): string {
  return `SELECT f.id AS "findingId", f.criterion, count(*)::int AS minors,
            json_agg(json_build_object('auditId', o.audit_id, 'findingId', o.id) ORDER BY o.recorded_at, o.audit_id, o.id) AS findings
       FROM audit_findings f
       JOIN audits a ON a.id = f.audit_id
       JOIN audits oa ON oa.programme_id = a.programme_id
       JOIN audit_findings o ON o.audit_id = oa.id AND lower(o.criterion) = lower(f.criterion)
      WHERE f.audit_id = ${auditId} AND f.grade = 'minor-nonconformity' AND a.phase = 'conducting'
        AND coalesce(f.dispute_resolution ->> 'outcome', '') <> 'withdrawn'
        AND (o.grade = 'minor-nonconformity' OR o.regrades @> '[{"from": "minor-nonconformity"}]')
        AND coalesce(o.dispute_resolution ->> 'outcome', '') <> 'withdrawn'
      GROUP BY f.id, f.criterion
     HAVING count(*) >= ${REPEATED_MINORS_PROPOSE_MAJOR}
      ORDER BY f.id`;
}
