// What each suite leaves for the anonymity audit: the dump of its database (taken right before
// the database is dropped), everything its server processes wrote, and the markers it sent.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The markers a suite sent, and on how many requests. */
export interface SentMarkers {
  tokens: readonly string[];
  addresses: readonly string[];
  /** Requests that carried marker headers (or came from a marker source address). */
  markedRequests: number;
}

/** One suite's artifacts. */
export interface SuiteArtifacts {
  suite: string;
  database: string;
  logs: string;
  sent: SentMarkers;
}

/** Writes a suite's artifacts under the run directory. */
function writeSuiteArtifacts(runDirectory: string, artifacts: SuiteArtifacts): void {
  const folder = join(runDirectory, artifacts.suite);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'database.txt'), artifacts.database);
  writeFileSync(join(folder, 'server-logs.txt'), artifacts.logs);
  writeFileSync(join(folder, 'markers.json'), `${JSON.stringify(artifacts.sent, null, 2)}\n`);
}

/**
 * A suite's last step: dumps its database (right before dropping it), writes the dump with
 * everything its server processes wrote and the markers it sent, then drops the database.
 */
export async function leaveSuiteArtifacts(
  runDirectory: string,
  database: { dump(): Promise<string>; drop(): Promise<void> } | undefined,
  artifacts: Omit<SuiteArtifacts, 'database'>,
): Promise<void> {
  if (!database) return;
  writeSuiteArtifacts(runDirectory, { ...artifacts, database: await database.dump() });
  await database.drop();
}

/** Reads every suite's artifacts from the run directory. */
export function readSuiteArtifacts(runDirectory: string): SuiteArtifacts[] {
  if (!existsSync(runDirectory)) return [];
  return readdirSync(runDirectory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const folder = join(runDirectory, entry.name);
      return {
        suite: entry.name,
        database: readFileSync(join(folder, 'database.txt'), 'utf8'),
        logs: readFileSync(join(folder, 'server-logs.txt'), 'utf8'),
        sent: JSON.parse(readFileSync(join(folder, 'markers.json'), 'utf8')) as SentMarkers,
      };
    });
}
