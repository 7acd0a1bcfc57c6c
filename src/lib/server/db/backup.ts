import { createHash } from 'node:crypto';
import { existsSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

/**
 * Backups of the embedded database. Only the process that has the data folder open may read it
 * (lock.ts), so a running app answers `npm run backup` itself over a Unix socket next to its
 * data (mode 0600: only the folder's owner can ask). The copy is PGlite's own dump of the data
 * folder, taken between two statements after a checkpoint: a consistent PostgreSQL data folder
 * that `npm run restore` loads into an empty one.
 */
export async function dumpDatabase(pglite: PGlite): Promise<Uint8Array> {
	await pglite.exec('CHECKPOINT');
	const blob = await pglite.dumpDataDir('gzip');
	return new Uint8Array(await blob.arrayBuffer());
}

/** Writes the whole file or nothing: a half-written backup never stands under the final name. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
	const target = resolve(file);
	const temporary = `${target}.${process.pid}.tmp`;
	try {
		writeFileSync(temporary, bytes, { mode: 0o600, flush: true });
		renameSync(temporary, target);
	} catch (e) {
		rmSync(temporary, { force: true });
		throw e;
	}
}

/** The socket a running app answers backup requests on; in the data folder unless that path is too long for a socket. */
export function controlPath(dataDir: string): string {
	const inFolder = join(resolve(dataDir), 'aarshjul.sock');
	if (Buffer.byteLength(inFolder) < 100) return inFolder;
	return join(tmpdir(), `aarshjul-${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 16)}.sock`);
}

/** In the app: answers `backup` requests on the control socket until closed. */
export async function serveBackups(dataDir: string, pglite: PGlite): Promise<Server> {
	const path = controlPath(dataDir);
	// This process holds the folder's lock, so a socket file left here is from a process that died.
	if (existsSync(path)) unlinkSync(path);
	const server = createServer((socket) => {
		let request = '';
		socket.setEncoding('utf8');
		socket.on('error', () => {});
		socket.on('data', async (chunk: string) => {
			request += chunk;
			if (!request.includes('\n')) {
				if (request.length > 1000) socket.destroy();
				return;
			}
			socket.removeAllListeners('data');
			if (request.trim() !== 'backup') {
				socket.end(`${JSON.stringify({ ok: false, error: 'Ukendt kommando' })}\n`);
				return;
			}
			try {
				const bytes = await dumpDatabase(pglite);
				socket.write(`${JSON.stringify({ ok: true, bytes: bytes.byteLength })}\n`);
				socket.end(bytes);
			} catch (e) {
				socket.end(`${JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e) })}\n`);
			}
		});
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(path, () => done());
	});
	await chmod(path, 0o600);
	server.unref();
	server.on('close', () => rmSync(path, { force: true }));
	return server;
}

/** In `npm run backup`: asks the running app for a copy. */
export function requestBackup(dataDir: string, timeoutMs = 120_000): Promise<Uint8Array> {
	return new Promise((done, fail) => {
		const socket = connect(controlPath(dataDir));
		const chunks: Buffer[] = [];
		socket.setTimeout(timeoutMs, () => socket.destroy(new Error('Den kørende app svarede ikke i tide.')));
		socket.on('data', (c: Buffer) => chunks.push(c));
		socket.on('error', fail);
		socket.on('end', () => {
			const all = Buffer.concat(chunks);
			const newline = all.indexOf(10);
			if (newline < 0) return fail(new Error('Den kørende app svarede ikke.'));
			const header = JSON.parse(all.subarray(0, newline).toString('utf8')) as { ok: boolean; bytes?: number; error?: string };
			if (!header.ok) return fail(new Error(header.error ?? 'Backup mislykkedes.'));
			const body = all.subarray(newline + 1);
			if (body.byteLength !== header.bytes) return fail(new Error(`Backuppen blev afbrudt (${body.byteLength} af ${header.bytes} bytes).`));
			done(new Uint8Array(body));
		});
		socket.write('backup\n');
	});
}
