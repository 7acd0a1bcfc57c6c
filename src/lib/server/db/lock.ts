import { closeSync, existsSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * One process per embedded data folder. PGlite keeps its own copy of the database in memory and
 * writes it back on its own terms, so a second process on the same files silently loses the first
 * one's writes (or its own). The first process writes its id into `<DATA_DIR>/aarshjul.lock`; any
 * other process that finds a live holder there refuses to start.
 */
export const LOCK_FILE = 'aarshjul.lock';

export interface LockHolder {
	pid: number;
	host: string;
	/** The kernel's start time of the process (Linux), so a reused process id is not mistaken for the holder. */
	started: string | null;
	/** Where the holder answers `npm run backup` (see control.ts). */
	control: string | null;
	since: string;
}

/** A data folder that cannot be used: the one line to show, naming the folder and what to do. */
export class DataDirError extends Error {
	readonly folder: string;
	constructor(folder: string, message: string) {
		super(message);
		this.name = 'DataDirError';
		this.folder = folder;
	}
}

function processStart(pid: number): string | null {
	try {
		// Field 22 of /proc/<pid>/stat, counted after the command name in parentheses.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
	} catch {
		return null;
	}
}

function alive(holder: LockHolder): boolean {
	if (holder.host !== hostname()) return true; // another machine on a shared disk: cannot tell, so assume so
	if (holder.pid === process.pid) return false; // a previous life of this process id (e.g. pid 1 in a container)
	try {
		process.kill(holder.pid, 0);
	} catch (e) {
		if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
	}
	const started = processStart(holder.pid);
	return holder.started === null || started === null || started === holder.started;
}

export function readLock(dataDir: string): LockHolder | null {
	try {
		return JSON.parse(readFileSync(join(resolve(dataDir), LOCK_FILE), 'utf8')) as LockHolder;
	} catch {
		return null;
	}
}

/** The live process holding the folder, if any. */
export function lockHolder(dataDir: string): LockHolder | null {
	const holder = readLock(dataDir);
	return holder && alive(holder) ? holder : null;
}

/** The Danish line for a folder another process uses. */
export function inUseMessage(dataDir: string, holder: LockHolder): string {
	const who = holder.host === hostname() ? `proces ${holder.pid}` : `proces ${holder.pid} på ${holder.host}`;
	return (
		`Datamappen ${resolve(dataDir)} er i brug af en anden Årshjul-proces (${who}, siden ${holder.since}). ` +
		'Kun én proces ad gangen må bruge den: stop den kørende app først, eller brug dens sider (brugere oprettes under Administration), ' +
		'og tag backup med npm run backup, som går gennem den kørende app.'
	);
}

/** The one line for a folder the operating system refuses, by its error code. */
export function folderMessage(dataDir: string, error: unknown): string {
	const folder = resolve(dataDir);
	const code = (error as NodeJS.ErrnoException | undefined)?.code;
	switch (code) {
		case 'EACCES':
		case 'EPERM':
			return `Datamappen ${folder} kan ikke skrives i (ingen adgang). Giv appens bruger skriveadgang til mappen, eller sæt DATA_DIR til en anden mappe.`;
		case 'EROFS':
			return `Datamappen ${folder} ligger på et skrivebeskyttet drev. Sæt DATA_DIR til en mappe, der kan skrives i.`;
		case 'ENOSPC':
		case 'EDQUOT':
			return `Der er ikke mere plads til datamappen ${folder} (disken er fuld). Frigør plads, og start igen.`;
		case 'ENOTDIR':
		case 'EEXIST':
			return `Datamappen ${folder} kan ikke oprettes: en del af stien er en fil, ikke en mappe. Sæt DATA_DIR til en mappe.`;
		case 'ENOENT':
			return `Datamappen ${folder} findes ikke og kan ikke oprettes. Opret mappen, eller sæt DATA_DIR til en mappe, der findes.`;
		default:
			return `Datamappen ${folder} kan ikke bruges: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
	}
}

/**
 * Takes the folder for this process, creating it when missing; throws a DataDirError when another
 * live process holds it or the folder cannot be written. Returns the release function.
 */
export function acquireDataDir(dataDir: string, control: string | null = null): () => void {
	const folder = resolve(dataDir);
	const path = join(folder, LOCK_FILE);
	try {
		mkdirSync(folder, { recursive: true });
	} catch (e) {
		// A recursive mkdir reports ENOENT for a read-only parent; a plain one gives the real reason.
		let reason = e;
		try {
			mkdirSync(folder);
		} catch (plain) {
			reason = plain;
		}
		throw new DataDirError(folder, folderMessage(folder, reason));
	}
	const mine: LockHolder = { pid: process.pid, host: hostname(), started: processStart(process.pid), control, since: new Date().toISOString() };
	for (let attempt = 0; attempt < 2; attempt++) {
		let fd: number;
		try {
			fd = openSync(path, 'wx', 0o600);
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new DataDirError(folder, folderMessage(folder, e));
			const holder = readLock(folder);
			if (holder && alive(holder)) throw new DataDirError(folder, inUseMessage(folder, holder));
			// Left behind by a process that died (kill -9, power cut): take it over.
			try {
				unlinkSync(path);
			} catch {
				// Someone else removed it first; try again.
			}
			continue;
		}
		try {
			writeSync(fd, JSON.stringify(mine));
		} catch (e) {
			closeSync(fd);
			unlinkSync(path);
			throw new DataDirError(folder, folderMessage(folder, e));
		}
		closeSync(fd);
		let released = false;
		return () => {
			if (released) return;
			released = true;
			if (readLock(folder)?.pid === process.pid && existsSync(path)) unlinkSync(path);
		};
	}
	throw new DataDirError(folder, `Datamappen ${folder} kunne ikke låses. Prøv igen.`);
}
