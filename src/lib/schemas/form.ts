import type { z } from 'zod';

/** Form fields as strings (checkboxes: 'on' or absent). */
export function formObject(data: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of data) if (typeof v === 'string') out[k] = v;
	return out;
}

/** The first Danish message per field, for showing by the field. */
export function fieldErrors(issues: z.core.$ZodIssue[]): FormErrors {
	const out: Record<string, string> = {};
	for (const i of issues) {
		const key = i.path.join('.') || 'form';
		out[key] ??= i.message;
	}
	return out;
}

/** Messages by field name; `form` holds a message about the whole form. */
export type FormErrors = Record<string, string>;
