const committed = new Set<() => void>();

/** Caches built from the data register here to hear of every committed write. */
export function onCommit(listener: () => void): void {
	committed.add(listener);
}

/** Tells the listeners that a write was committed (inTransaction calls it). */
export function committedWrite(): void {
	for (const listener of committed) listener();
}
