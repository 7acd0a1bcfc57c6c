/**
 * The embedded database on a real data folder: one process per folder (the app and every
 * script), fsync in force and reaching the disk, shared_buffers sized, bad folders answered with
 * one line, and backup/restore round trips through the scripts (also while the folder is open,
 * through the control socket a running app serves).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveBackups } from '../../../src/lib/server/db/backup.ts';
import { inUseMessage, LOCK_FILE, readLock } from '../../../src/lib/server/db/lock.ts';
import * as embedded from '../../../src/lib/server/db/pglite.ts';
import { openEmbedded } from '../../../src/lib/server/db/pglite.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'aarshjul-embedded-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs a script as its own process; asynchronously, so this process can answer it (the backup channel). */
function script(name: string, env: Record<string, string>, args: string[] = [], input = ''): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((done) => {
		const child = spawn(process.execPath, [join(ROOT, 'scripts', name), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env } });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
		child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
		const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
		child.on('close', (status) => {
			clearTimeout(timer);
			done({ status, stdout, stderr });
		});
		child.stdin.end(input);
	});
}

/** Runs a shell command in a private mount namespace (as root there), so a test can mount a tiny or read-only file system. */
function inMountNamespace(command: string, env: Record<string, string>) {
	const result = spawnSync('unshare', ['-rm', 'sh', '-c', command], { cwd: ROOT, env: { ...process.env, DATABASE_URL: '', ...env, NODE: process.execPath }, encoding: 'utf8', timeout: 120_000 });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each test starts PostgreSQL (and child processes) several times: slow on a busy machine.
describe('an embedded data folder', { timeout: 180_000 }, () => {
	test('runs with fsync on, forwarded to the disk, and shared_buffers sized to the data', async () => {
		const dir = join(scratch, 'fsync');
		const db = await openEmbedded(dir);
		try {
			expect((await db.pglite.query('show fsync')).rows).toEqual([{ fsync: 'on' }]);
			expect((await db.pglite.query('show shared_buffers')).rows).toEqual([{ shared_buffers: '8MB' }]);
			const before = embedded.fsyncCount;
			await db.pglite.exec('create table t (n int); insert into t values (1)');
			// The commit's WAL flush reached fsync(2) on the real file, not only Emscripten's page cache.
			expect(embedded.fsyncCount).toBeGreaterThan(before);
		} finally {
			await db.close();
		}
	});

	test('is refused to a second opener, app or script, with one line naming the folder; closing frees it', async () => {
		const dir = join(scratch, 'locked');
		const db = await openEmbedded(dir);
		const holder = readLock(dir)!;
		expect(holder).toMatchObject({ pid: process.pid, host: hostname() });
		const line = inUseMessage(dir, holder);
		expect(line).toBe(
			`Datamappen ${resolve(dir)} er i brug af en anden Årshjul-proces (proces ${process.pid}, siden ${holder.since}). ` +
				'Kun én proces ad gangen må bruge den: stop den kørende app først, eller brug dens sider (brugere oprettes under Administration), ' +
				'og tag backup med npm run backup, som går gennem den kørende app.'
		);
		try {
			// In this process: the lock file names a live process other than a previous life of this one,
			// so a second open (as from a second app) is refused the same way; simulated by a fresh holder id.
			writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ ...holder, pid: process.ppid, started: null }));
			await expect(openEmbedded(dir)).rejects.toThrow(`Datamappen ${resolve(dir)} er i brug af en anden Årshjul-proces (proces ${process.ppid},`);
			writeFileSync(join(dir, LOCK_FILE), JSON.stringify(holder));

			for (const [name, args, input] of [
				['user-create.ts', ['--email', 'ny@kommune.dk', '--name', 'Ny', '--role', 'reader'], 'en-lang-adgangskode\n'],
				['migrate.ts', [], ''],
				['restore.ts', [join(scratch, 'none.tgz')], '']
			] as const) {
				const run = await script(name, { DATA_DIR: dir, PASSWORD: '' }, [...args], input);
				if (name === 'restore.ts') {
					expect(run.stderr).toBe(`Backupfilen ${join(scratch, 'none.tgz')} findes ikke.\n`);
					continue;
				}
				expect({ name, status: run.status, stderr: run.stderr, stdout: run.stdout }).toEqual({ name, status: 1, stderr: `${line}\n`, stdout: '' });
			}
			expect((await db.pglite.query<{ n: number }>('select count(*)::int as n from pg_class')).rows[0]!.n).toBeGreaterThan(0);
		} finally {
			await db.close();
		}
		expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
		const migrated = await script('migrate.ts', { DATA_DIR: dir });
		expect(migrated.status).toBe(0);
		expect(migrated.stdout).toMatch(/^Anvendte migreringer: 20261122_0001_calendar/);
	});

	test('left locked by a process that died (kill -9) is taken over', async () => {
		const dir = join(scratch, 'stale');
		mkdirSync(dir, { recursive: true });
		const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
		writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout.trim()), host: hostname(), started: '1', control: null, since: '2026-01-01T00:00:00.000Z' }));
		const db = await openEmbedded(dir);
		expect(readLock(dir)!.pid).toBe(process.pid);
		await db.close();
	});

	test('that cannot be used gives one line naming the folder: a file in the path, read-only, missing parent, full', async () => {
		const file = join(scratch, 'a-file');
		writeFileSync(file, '');
		const notDir = await script('migrate.ts', { DATA_DIR: join(file, 'data') });
		expect({ status: notDir.status, stderr: notDir.stderr }).toEqual({
			status: 1,
			stderr: `Datamappen ${join(file, 'data')} kan ikke oprettes: en del af stien er en fil, ikke en mappe. Sæt DATA_DIR til en mappe.\n`
		});

		const mount = join(scratch, 'mount');
		mkdirSync(mount);
		const readOnly = inMountNamespace(`mount -t tmpfs tmpfs "$M" && mkdir "$M/data" && mount -o remount,ro "$M" && "$NODE" scripts/migrate.ts`, { M: mount, DATA_DIR: join(mount, 'data') });
		expect({ status: readOnly.status, stderr: readOnly.stderr }).toEqual({
			status: 1,
			stderr: `Datamappen ${join(mount, 'data')} ligger på et skrivebeskyttet drev. Sæt DATA_DIR til en mappe, der kan skrives i.\n`
		});
		const missingParent = inMountNamespace(`mount -t tmpfs -o ro tmpfs "$M" && "$NODE" scripts/migrate.ts`, { M: mount, DATA_DIR: join(mount, 'missing', 'data') });
		expect({ status: missingParent.status, stderr: missingParent.stderr }).toEqual({
			status: 1,
			stderr: `Datamappen ${join(mount, 'missing', 'data')} findes ikke og kan ikke oprettes. Opret mappen, eller sæt DATA_DIR til en mappe, der findes.\n`
		});
		const full = inMountNamespace(`mount -t tmpfs -o size=1m tmpfs "$M" && "$NODE" scripts/migrate.ts`, { M: mount, DATA_DIR: mount });
		expect({ status: full.status, stderr: full.stderr }).toEqual({
			status: 1,
			stderr: `Der er ikke mere plads til datamappen ${mount} (disken er fuld). Frigør plads, og start igen.\n`
		});
	});

	test('is backed up while open (through the running process) and restored into an empty folder', async () => {
		const dir = join(scratch, 'live');
		const db = await openEmbedded(dir);
		const control = await serveBackups(dir, db.pglite);
		const backup = join(scratch, 'live.tgz');
		try {
			await db.pglite.exec(`create table kept (n int primary key, word text); insert into kept select g, 'ord ' || g from generate_series(1, 500) g`);
			const run = await script('backup.ts', { DATA_DIR: dir }, [backup]);
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
			expect(run.stdout).toMatch(new RegExp(`^Backup taget af den kørende app \\(datamappen ${resolve(dir)}\\)\\.\nBackup skrevet: ${backup} \\(\\d+ KiB\\)\\.\n$`));
			// Written after the copy: not in it.
			await db.pglite.exec(`insert into kept values (501, 'efter backup')`);
			// A second backup never overwrites the first.
			expect(await script('backup.ts', { DATA_DIR: dir }, [backup])).toMatchObject({ status: 2, stderr: `Filen ${backup} findes allerede; vælg et nyt navn.\n` });
		} finally {
			control.close();
			await db.close();
		}

		// Into a folder that already holds a database: refused.
		expect(await script('restore.ts', { DATA_DIR: dir }, [backup])).toMatchObject({
			status: 1,
			stderr: `Datamappen ${resolve(dir)} indeholder allerede en database. Gendan i en tom mappe (sæt DATA_DIR), eller flyt den gamle væk først.\n`
		});
		const restoredDir = join(scratch, 'restored');
		const restored = await script('restore.ts', { DATA_DIR: restoredDir }, [backup]);
		expect(restored).toMatchObject({ status: 0, stderr: '', stdout: `Gendannet i ${restoredDir} fra ${backup} (tabeller: 1).\n` });
		const again = await openEmbedded(restoredDir);
		try {
			expect((await again.pglite.query('select count(*)::int as n, sum(n)::int as s, max(word) as w from kept')).rows).toEqual([{ n: 500, s: 125250, w: 'ord 99' }]);
			expect((await again.pglite.query('show fsync')).rows).toEqual([{ fsync: 'on' }]);
		} finally {
			await again.close();
		}

		// And when no process has the folder open, the script opens it itself.
		const offline = join(scratch, 'offline.tgz');
		const direct = await script('backup.ts', { DATA_DIR: restoredDir }, [offline]);
		expect(direct.status).toBe(0);
		expect(direct.stdout).toMatch(/^Backup skrevet: .*offline\.tgz \(\d+ KiB\)\.\n$/);
		expect(readdirSync(restoredDir).sort()).toEqual(['pglite']);
	});
});
