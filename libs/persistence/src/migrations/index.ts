import { InitialSchema1795449531661 } from './1795449531661-initial-schema';
import { Identity1796000000000 } from './1796000000000-identity';
import { IdempotencyKeys1796100000000 } from './1796100000000-idempotency-keys';
import { UndeliverableMail1796200000000 } from './1796200000000-undeliverable-mail';
import { DiscardedMail1796300000000 } from './1796300000000-discarded-mail';
import { FailedWrites1796400000000 } from './1796400000000-failed-writes';
import { AuditRecordedNotifications1796500000000 } from './1796500000000-audit-recorded-notifications';
import { AuditEventsKeepHistory1796600000000 } from './1796600000000-audit-events-keep-history';
import { ProgrammeAndAuditorHistory1796700000000 } from './1796700000000-programme-and-auditor-history';
import { AuditorOwnWork1796800000000 } from './1796800000000-auditor-own-work';
import { FindingRegrades1796900000000 } from './1796900000000-finding-regrades';
import { EffectivenessChecks1797100000000 } from './1797100000000-effectiveness-checks';
import { SupervisedEvidence1796950000000 } from './1796950000000-supervised-evidence';
import { TimelineHashChain1797260000000 } from './1797260000000-timeline-hash-chain';
import { EvidenceFiles1797300000000 } from './1797300000000-evidence-files';
import { RecordsRetention1797400000000 } from './1797400000000-records-retention';
import { ProgrammeContent1797500000000 } from './1797500000000-programme-content';
import { ProgrammeRuns1797600000000 } from './1797600000000-programme-runs';
import { AuditorCompetenceProfile1797700000000 } from './1797700000000-auditor-competence-profile';
import { ListReadIndexes1797800000000 } from './1797800000000-list-read-indexes';
import { PlannedMail1797900000000 } from './1797900000000-planned-mail';

/** Every migration, oldest first. The schema changes only through these. */
export const MIGRATIONS: Function[] = [InitialSchema1795449531661, Identity1796000000000, IdempotencyKeys1796100000000, UndeliverableMail1796200000000, DiscardedMail1796300000000, FailedWrites1796400000000, AuditRecordedNotifications1796500000000, AuditEventsKeepHistory1796600000000, ProgrammeAndAuditorHistory1796700000000, AuditorOwnWork1796800000000, FindingRegrades1796900000000, SupervisedEvidence1796950000000, EffectivenessChecks1797100000000, TimelineHashChain1797260000000, EvidenceFiles1797300000000, RecordsRetention1797400000000, ProgrammeContent1797500000000, ProgrammeRuns1797600000000, AuditorCompetenceProfile1797700000000, ListReadIndexes1797800000000, PlannedMail1797900000000];
