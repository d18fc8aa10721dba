// What other packages use of the API: building it in-process (the tests), and the pure pieces the unit tests
// check directly. `./main` is the process entry point.
export { createApi, type CreateApiOptions } from './create-api';
export { identityFromClaims, type ClaimedIdentity } from './auth/identity-claims';
export { runCheck, up, down, type CheckResult } from './health/health-check';
export { KeptFresh } from './health/kept-fresh';
export { HealthService } from './health/health.service';
export { readinessReport } from './health/readiness';
export { ManifestedZip, MANIFEST_NAME } from './exports/manifested-zip';
export { pathSegment, UniquePaths } from './exports/archive-paths';
