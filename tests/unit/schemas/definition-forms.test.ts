import { describe, expect, it } from 'vitest';
import { fixedItemSchema, templateSchema } from '../../../src/lib/schemas/cases.ts';
import { fieldErrors } from '../../../src/lib/schemas/form.ts';
import { fixedItemFields, fixedItemInput, templateFields, templateInput } from '../../../src/lib/schemas/form-mapping.ts';

/** The posted form through the shared schema, as the pages do it: the saved value, or the messages by field. */
function fixedItem(form: Record<string, string>) {
	const r = fixedItemSchema.safeParse(fixedItemInput(form));
	return r.success ? { ok: r.data } : { errors: fixedItemFields(fieldErrors(r.error.issues)) };
}
function template(form: Record<string, string>) {
	const r = templateSchema.safeParse(templateInput(form));
	return r.success ? { ok: r.data } : { errors: templateFields(fieldErrors(r.error.issues)) };
}

describe('the fixed item form', () => {
	it('reads each kind of rule from its fields', () => {
		expect(fixedItem({ body: 'DIR', title: 'Årsplan', kind: 'every-meeting' }).ok).toEqual({ body: 'DIR', title: 'Årsplan', description: '', rule: { kind: 'every-meeting' }, closed: false, sortOrder: 0 });
		expect(fixedItem({ body: 'DIR', title: 'Månedsgrebet', kind: 'first-in-cycle', closed: 'on', sortOrder: '5' }).ok).toMatchObject({ rule: { kind: 'first-in-cycle' }, closed: true, sortOrder: 5 });
		expect(fixedItem({ body: 'ØK', title: 'Budget', kind: 'months', 'month-8': 'on', 'month-10': 'on', firstOnly: 'on' }).ok!.rule).toEqual({ kind: 'months', months: [8, 10], firstOnly: true });
		expect(fixedItem({ body: 'KB', title: 'Ligestilling', kind: 'every-n-years', every: '3', fromYear: '2020', 'month-9': 'on' }).ok!.rule).toEqual({ kind: 'every-n-years', every: 3, fromYear: 2020, months: [9], firstOnly: false });
	});

	it('refuses bad input in Danish by the form\'s own fields', () => {
		expect(fixedItem({ body: '', title: ' ', kind: 'months' }).errors).toEqual({ body: 'Ukendt organkode (fx KB, ØK, MTU)', title: 'Titlen mangler', months: 'Vælg mindst én måned' });
		expect(fixedItem({ body: 'KB', title: 'X', kind: 'every-n-years', every: '0', fromYear: '1969' }).errors).toEqual({ every: 'Mindst 1 år', fromYear: 'Årstallet skal ligge mellem 1970 og 2100' });
		expect(fixedItem({ body: 'KB', title: 'X', kind: 'hver-gang' }).errors).toEqual({ kind: 'Vælg en regel' });
		expect(fixedItem({ body: 'KB', title: 'X', kind: 'every-meeting', sortOrder: '1001' }).errors).toEqual({ sortOrder: 'Rækkefølgen skal ligge mellem 0 og 1000' });
	});
});

describe('the template form', () => {
	it('reads its rows in order and leaves out the spare rows at the end', () => {
		const form = {
			name: 'DIR → HU → ØK → KB',
			'stage-0-body': 'DIR', 'stage-0-role': 'drøftelse', 'stage-0-minGapDays': '1',
			'stage-1-body': 'HU', 'stage-1-role': 'drøftelse', 'stage-1-minGapDays': '3', 'stage-1-afterPrevious': 'on',
			'stage-2-body': 'ØK', 'stage-2-role': 'indstilling', 'stage-2-minGapDays': '1',
			'stage-3-body': 'KB', 'stage-3-role': 'beslutning', 'stage-3-minGapDays': '1',
			'stage-4-body': '', 'stage-4-role': 'drøftelse', 'stage-4-minGapDays': '1',
			'stage-5-body': '', 'stage-5-role': 'drøftelse', 'stage-5-minGapDays': '1'
		};
		expect(template(form).ok).toEqual({
			name: 'DIR → HU → ØK → KB',
			description: '',
			stages: [
				{ body: 'DIR', role: 'drøftelse', minGapDays: 1, afterPreviousBeforeDeadline: false },
				{ body: 'HU', role: 'drøftelse', minGapDays: 3, afterPreviousBeforeDeadline: true },
				{ body: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: false },
				{ body: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false }
			]
		});
	});

	it('puts each refusal on its row; an empty row inside the path is refused, not skipped', () => {
		const errors = template({ name: '', 'stage-0-body': 'ØK', 'stage-0-minGapDays': '121', 'stage-2-body': 'KB', 'stage-2-role': 'afgørelse' }).errors!;
		expect(errors).toEqual({
			name: 'Navnet mangler',
			'stage-0-minGapDays': 'Højst 120 dage',
			'stage-1-body': 'Ukendt organkode (fx KB, ØK, MTU)',
			'stage-2-role': 'Vælg en rolle (orientering, drøftelse, indstilling eller beslutning)'
		});
		expect(template({ name: 'Tom' }).errors).toEqual({ stages: 'Skabelonen skal have mindst ét trin' });
	});
});
