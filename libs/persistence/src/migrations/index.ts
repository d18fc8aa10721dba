import { InitialSchema1795449531661 } from './1795449531661-initial-schema';

/** Every migration, oldest first. The schema changes only through these. */
export const MIGRATIONS: Function[] = [InitialSchema1795449531661];
