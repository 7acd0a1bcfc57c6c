/**
 * The common shape of every editing action's answer: which form, the values posted, the Danish
 * messages by field, the record as it is now after a conflict, or a confirmation.
 */
export interface Posted {
	form?: string;
	values?: Record<string, string>;
	errors?: Record<string, string>;
	current?: Record<string, string>;
	saved?: string;
}

/** Helpers for one page's forms: a field's value (posted, else loaded) and its error. */
export function postedForms(posted: Posted | null | undefined) {
	return {
		value: (name: string, key: string, loaded: string | number | null | undefined): string =>
			String(posted?.form === name && posted.values ? (posted.values[key] ?? loaded ?? '') : (loaded ?? '')),
		error: (name: string, key: string): string | undefined => (posted?.form === name ? posted.errors?.[key] : undefined),
		failed: (name: string): boolean => posted?.form === name && posted.errors !== undefined && posted.current === undefined
	};
}
