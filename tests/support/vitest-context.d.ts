// Values the integration tests' global setup hands to every test file through `inject`.
declare module "vitest" {
  export interface ProvidedContext {
    /** The run's migrated, seeded template database; each file works on a copy in process.env.DATABASE_URL. */
    databaseUrl: string;
  }
}

export {};
