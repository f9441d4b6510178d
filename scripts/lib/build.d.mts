/** Builds the app when there is no production build or a source file is newer than it. */
export function ensureBuild(): void;
/** Polls the health route until the database answers. */
export function waitForHealth(base: string, timeoutMs?: number): Promise<boolean>;
