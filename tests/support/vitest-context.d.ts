// Values the integration tests' global setup hands to every test file through `inject`.
declare module "vitest" {
  export interface ProvidedContext {
    /** A freshly migrated database for this test run; also in process.env.DATABASE_URL. */
    databaseUrl: string;
  }
}

export {};
