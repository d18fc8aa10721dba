// Jest applies `testTimeout` only from the global config, so the integration project sets its own here.
jest.setTimeout(120_000);
