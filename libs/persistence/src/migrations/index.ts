import { InitialSchema1795449531661 } from './1795449531661-initial-schema';
import { Identity1796000000000 } from './1796000000000-identity';

/** Every migration, oldest first. The schema changes only through these. */
export const MIGRATIONS: Function[] = [InitialSchema1795449531661, Identity1796000000000];
