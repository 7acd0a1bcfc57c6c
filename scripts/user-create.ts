/**
 * `npm run user:create -- --email a@kommune.dk --name "Navn" --role admin [--unit "…"]`
 * The password is read from the environment variable PASSWORD or, when absent, from standard
 * input (one line), so it never stands in the shell history.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { email, newPassword, roleSchema } from '../src/lib/schemas/auth.ts';
import { createUser, findUserByEmail } from '../src/lib/server/users/repository.ts';
import { configFromEnv, createDb } from '../src/lib/server/db/connect.ts';
import { migrateToLatest } from '../src/lib/server/db/migrate.ts';
import { refuseIfDataDirInUse, runScript } from '../src/lib/server/db/script.ts';

const { values } = parseArgs({
	options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'reader' }, unit: { type: 'string', default: '' } }
});

refuseIfDataDirInUse(configFromEnv());

async function readPassword(): Promise<string> {
	if (process.env.PASSWORD) return process.env.PASSWORD;
	const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
	process.stderr.write('Adgangskode: ');
	for await (const line of rl) {
		rl.close();
		return line;
	}
	return '';
}

const input = z
	.object({ email, name: z.string().trim().min(1, { error: 'Angiv --name' }), role: roleSchema, unit: z.string(), password: newPassword })
	.safeParse({ ...values, password: await readPassword() });
if (!input.success) {
	for (const i of input.error.issues) console.error(`${i.path.join('.')}: ${i.message}`);
	process.exit(2);
}

// While the app runs on the embedded database, this refuses with one line (src/lib/server/db/lock.ts):
// a second process on the same data folder would lose writes. Create users in the app then.
await runScript(async () => {
	const db = createDb(configFromEnv());
	try {
		await migrateToLatest(db);
		if (await findUserByEmail(db, input.data.email)) {
			console.error(`Der findes allerede en bruger med e-mailen ${input.data.email}.`);
			process.exitCode = 1;
		} else {
			const user = await createUser(db, input.data);
			console.log(`Oprettet: ${user.name} <${user.email}> (${user.role})`);
		}
	} finally {
		await db.destroy();
	}
});
