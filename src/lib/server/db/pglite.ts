import { fsyncSync, statfsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import { PGlite, type ParserOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';
import { acquireDataDir, DataDirError, folderMessage } from './lock.ts';

/**
 * The embedded PostgreSQL (PGlite) on a data folder, started so that a committed write survives a
 * power cut and the process stays small:
 * - PGlite's default start parameters include `-F` (fsync off); ours leave it out and say
 *   `fsync=on`, and the file system below forwards PostgreSQL's fsync to the disk (Emscripten's
 *   Node file system has none, so the call would otherwise end in the page cache).
 * - `shared_buffers` is sized to the data: the whole demo database is a few MB, and PostgreSQL's
 *   default of 128 MB would sit in the process's WebAssembly memory for nothing.
 * Everything else is PGlite's own defaults (node_modules/@electric-sql/pglite, `defaultStartParams`).
 */
export const SHARED_BUFFERS = '8MB';

export const START_PARAMS = [
	'--single',
	'-O',
	'-j',
	'-c', 'search_path=public',
	'-c', 'exit_on_error=false',
	'-c', 'log_checkpoints=false',
	'-c', 'max_worker_processes=0',
	'-c', 'max_parallel_workers=0',
	'-c', 'max_parallel_workers_per_gather=0',
	'-c', 'io_method=sync',
	'-c', 'max_parallel_maintenance_workers=0',
	'-c', 'fsync=on',
	// Emscripten's fdatasync does nothing; fsync is forwarded (below), so the WAL is flushed with it.
	'-c', 'wal_sync_method=fsync',
	'-c', `shared_buffers=${SHARED_BUFFERS}`
];

/** How many fsyncs reached the operating system in this process (for the test that proves they do). */
export let fsyncCount = 0;

interface EmscriptenNodeFs {
	NODEFS: { stream_ops: Record<string, unknown> };
}

/** Emscripten's NODEFS with fsync forwarded to the real file descriptor. */
class DurableNodeFS extends NodeFS {
	override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
		const { emscriptenOpts } = await super.init(pg, opts);
		const preRun = [
			...(emscriptenOpts.preRun ?? []),
			(mod: unknown) => {
				const ops = (mod as EmscriptenNodeFs).NODEFS.stream_ops;
				ops.fsync = (stream: { nfd?: number }) => {
					if (stream.nfd === undefined) return 0;
					fsyncSync(stream.nfd);
					fsyncCount++;
					return 0;
				};
			}
		];
		return { emscriptenOpts: { ...emscriptenOpts, preRun } };
	}
}

/** The folder PGlite's files live in: `<DATA_DIR>/pglite`. */
export function pgliteFolder(dataDir: string): string {
	return join(resolve(dataDir), 'pglite');
}

export interface OpenOptions {
	parsers?: ParserOptions;
	/** Fill an empty folder from a backup (`npm run restore`). */
	loadDataDir?: Blob;
	/** Where this process answers backup requests, recorded in the lock file. */
	control?: string | null;
}

export interface EmbeddedDb {
	pglite: PGlite;
	dataDir: string;
	/** Closes PostgreSQL cleanly (a checkpoint, files closed) and frees the folder for the next process. */
	close(): Promise<void>;
}

let current: EmbeddedDb | undefined;

/** The embedded database this process has open, if any (for the backup channel and shutdown). */
export function openEmbeddedDb(): EmbeddedDb | undefined {
	return current;
}

/** Emscripten's errno numbers (its own table, not Linux's) for the file errors a folder can give. */
const EMSCRIPTEN_ERRNO: Record<number, string> = { 2: 'EACCES', 63: 'EPERM', 51: 'ENOSPC', 69: 'EROFS', 44: 'ENOENT', 54: 'ENOTDIR' };

/** A one-line explanation for an error PGlite or the file system raised while opening a folder. */
function describeOpenError(dataDir: string, e: unknown): DataDirError {
	if (e instanceof DataDirError) return e;
	const code = (e as NodeJS.ErrnoException | undefined)?.code;
	if (typeof code === 'string') return new DataDirError(dataDir, folderMessage(dataDir, e));
	// Emscripten reports a failed write as an errno number; PostgreSQL as text.
	const errno = (e as { name?: string; errno?: number } | undefined)?.name === 'ErrnoError' ? (e as { errno: number }).errno : undefined;
	if (errno !== undefined && EMSCRIPTEN_ERRNO[errno]) return new DataDirError(dataDir, folderMessage(dataDir, { code: EMSCRIPTEN_ERRNO[errno] }));
	const text = e instanceof Error ? e.message : JSON.stringify(e);
	if (/No space left|ENOSPC/i.test(text) || freeBytes(dataDir) === 0) return new DataDirError(dataDir, folderMessage(dataDir, { code: 'ENOSPC' }));
	if (/read-only|EROFS/i.test(text)) return new DataDirError(dataDir, folderMessage(dataDir, { code: 'EROFS' }));
	if (/permission denied|EACCES/i.test(text)) return new DataDirError(dataDir, folderMessage(dataDir, { code: 'EACCES' }));
	return new DataDirError(dataDir, `Databasen i datamappen ${resolve(dataDir)} kunne ikke åbnes: ${text.split('\n')[0]!.slice(0, 300)}`);
}

function freeBytes(dataDir: string): number | null {
	try {
		const s = statfsSync(resolve(dataDir));
		return s.bavail * s.bsize;
	} catch {
		return null;
	}
}

/** Opens the embedded database on a data folder for this process alone; throws a DataDirError with one clear line. */
export async function openEmbedded(dataDir: string, options: OpenOptions = {}): Promise<EmbeddedDb> {
	const release = acquireDataDir(dataDir, options.control ?? null);
	let pglite: PGlite;
	try {
		const folder = pgliteFolder(dataDir);
		pglite = await PGlite.create({
			fs: new DurableNodeFS(folder),
			parsers: options.parsers,
			startParams: START_PARAMS,
			loadDataDir: options.loadDataDir
		});
	} catch (e) {
		release();
		throw describeOpenError(dataDir, e);
	}
	let closing: Promise<void> | undefined;
	const closePglite = pglite.close.bind(pglite);
	const db: EmbeddedDb = {
		pglite,
		dataDir: resolve(dataDir),
		close() {
			closing ??= (async () => {
				try {
					if (!pglite.closed) await closePglite();
				} finally {
					release();
					if (current === db) current = undefined;
				}
			})();
			return closing;
		}
	};
	// Whoever closes the instance (Kysely's destroy() does) frees the folder too.
	pglite.close = () => db.close();
	current = db;
	return db;
}

/**
 * After start-up: a full garbage collection, so the WebAssembly memories of instances already
 * closed (the one that created a new folder, the one that loaded the demo data) go back to the
 * system now instead of whenever the small JavaScript heap next fills. The collector is reached
 * the documented way for a process not started with --expose-gc.
 */
export function releaseClosedInstances(): void {
	setFlagsFromString('--expose-gc');
	(runInNewContext('gc') as () => void)();
}
