/**
 * Rows of a known shape as one compact text, for the data the wheel page hands the browser:
 * cells separated by `|`, rows by `~`, no keys and no quotes. The framework then passes one string
 * instead of walking thousands of small arrays, and the text is a third smaller than the same
 * rows as JSON inside a string. Each column's kind is known to both sides:
 * - 's' a string, 'S' a string or null;
 * - 'n' a number, 'N' a number or null;
 * - 'b' a boolean;
 * - 'a' an array of numbers, 'A' an array of strings.
 */
export type ColumnKind = 's' | 'S' | 'n' | 'N' | 'b' | 'a' | 'A';

type CellOf<K extends ColumnKind> = K extends 's' ? string : K extends 'S' ? string | null : K extends 'n' ? number : K extends 'N' ? number | null : K extends 'b' ? boolean : K extends 'a' ? number[] : string[];
export type RowOf<K extends readonly ColumnKind[]> = { -readonly [I in keyof K]: CellOf<K[I]> };

/** Encoded text, typed by the row it holds. */
export type Table<K extends readonly ColumnKind[]> = string & { readonly __rows: K };

const NULL = '\\-';
const escape = (s: string, also = '') => s.replace(new RegExp(`[\\\\|~${also}]`, 'g'), (ch) => `\\${ch}`);

/** Splits on `separator` where it is not escaped, and unescapes each part. */
function split(text: string, separator: string): string[] {
	const parts: string[] = [];
	let current = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '\\' && i + 1 < text.length) {
			current += ch + text[++i];
		} else if (ch === separator) {
			parts.push(current);
			current = '';
		} else current += ch;
	}
	parts.push(current);
	return parts;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

function encodeCell(kind: ColumnKind, value: unknown): string {
	switch (kind) {
		case 's':
			return escape(value as string);
		case 'S':
			return value === null ? NULL : escape(value as string);
		case 'n':
		case 'N':
			return value === null ? '' : String(value);
		case 'b':
			return value ? '1' : '0';
		case 'a':
			return (value as number[]).join(',');
		case 'A':
			return (value as string[]).map((v) => escape(v, ',')).join(',');
	}
}

function decodeCell(kind: ColumnKind, cell: string): unknown {
	switch (kind) {
		case 's':
			return unescape(cell);
		case 'S':
			return cell === NULL ? null : unescape(cell);
		case 'n':
			return Number(cell);
		case 'N':
			return cell === '' ? null : Number(cell);
		case 'b':
			return cell === '1';
		case 'a':
			return cell === '' ? [] : cell.split(',').map(Number);
		case 'A':
			return cell === '' ? [] : split(cell, ',').map(unescape);
	}
}

export function encodeTable<const K extends readonly ColumnKind[]>(kinds: K, rows: readonly RowOf<K>[]): Table<K> {
	return rows.map((row) => kinds.map((kind, i) => encodeCell(kind, (row as unknown[])[i])).join('|')).join('~') as Table<K>;
}

export function decodeTable<const K extends readonly ColumnKind[]>(kinds: K, text: Table<K>): RowOf<K>[] {
	if (text === '') return [];
	return split(text, '~').map((row) => {
		const cells = split(row, '|');
		// split() unescaped nothing yet; each cell is unescaped by its kind.
		return kinds.map((kind, i) => decodeCell(kind, cells[i] ?? '')) as RowOf<K>;
	});
}
