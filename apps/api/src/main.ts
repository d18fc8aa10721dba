import { Logger } from '@nestjs/common';
import { loadConfig } from '@auditflow/config';
import { createApi } from './create-api';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DATABASE_URL) throw new Error('DATABASE_URL is required to start the API (npm start sets it for the local stack)');
  const app = await createApi(config, { databaseUrl: config.DATABASE_URL });
  await app.listen(config.PORT, '0.0.0.0');
  // Through Nest's logger, which createApi made the JSON log.
  new Logger('api').log(`listening on ${config.publicUrl}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
