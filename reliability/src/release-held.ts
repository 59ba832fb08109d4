// Releases the held reports of a time-blind store as a process of its own, with its clock moved
// on by `offsetMs`: `node --import tsx src/release-held.ts <database url> <held folder> <offsetMs>`.
// The crash suite kills it at random moments to show that a release is all or nothing.
import { createPostgresStore } from '@reportal/store-postgres';

const [databaseUrl, folder, offset] = process.argv.slice(2);
if (!databaseUrl || !folder || !offset)
  throw new Error('usage: <database url> <folder> <offsetMs>');
// The store starts releasing as it opens: the crash suite times its kill from this line.
console.log('opening');
const store = await createPostgresStore({
  connectionString: databaseUrl,
  migrate: false,
  timeBlind: { folder, now: () => new Date(Date.now() + Number(offset)) },
});
try {
  // The store starts a release as it opens; this one waits for it, then finds nothing more due.
  const summary = await store.heldReports!.releaseDue();
  console.log(JSON.stringify({ ...summary, held: await store.heldReports!.held() }));
} finally {
  await store.close();
}
