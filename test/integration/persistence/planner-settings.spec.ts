import { createDataSource } from '@auditflow/persistence';
import { useTestDatabase } from './test-database';

/** Every Auditflow connection prices random reads for a hot read model; DATABASE_URL may say otherwise. */
describe('planner settings of a connection', () => {
  const database = useTestDatabase();

  const randomPageCost = async (dataSource: { query(sql: string): Promise<unknown> }) =>
    ((await dataSource.query('SHOW random_page_cost')) as Array<{ random_page_cost: string }>)[0]!.random_page_cost;

  it('reads a random page at 1.1 sequential ones', async () => {
    expect(await randomPageCost(database.dataSource)).toBe('1.1');
  });

  it('takes the options of DATABASE_URL over its own', async () => {
    const url = new URL(database.url);
    url.searchParams.set('options', '-c random_page_cost=4');
    const dataSource = createDataSource(url.toString(), { logging: false });
    await dataSource.initialize();
    try {
      expect(await randomPageCost(dataSource)).toBe('4');
    } finally {
      await dataSource.destroy();
    }
  });
});
