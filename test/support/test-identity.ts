/** The test identity provider's client for every test API, and the claim that carries organisation roles. */
export const TEST_OIDC_CLIENT = { clientId: 'auditflow-test', clientSecret: 'auditflow-test-secret', rolesClaim: 'auditflow_roles' } as const;

/** Made an admin by every test API at start (ADMIN_EMAIL); also an account of the test identity provider. */
export const TEST_ADMIN_EMAIL = 'admin@auditflow.example';
