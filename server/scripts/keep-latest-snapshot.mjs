// drizzle-kit diffs the schema against the newest snapshot only, so the older ones (about 200 KB each) are
// dropped after every `npm run db:generate` to keep the repository small. The SQL migrations and the journal stay.
import { readdirSync, rmSync } from 'node:fs';

const meta = new URL('../migrations/meta/', import.meta.url);
const snapshots = readdirSync(meta)
  .filter((name) => name.endsWith('_snapshot.json'))
  .sort();
for (const name of snapshots.slice(0, -1)) rmSync(new URL(name, meta));
