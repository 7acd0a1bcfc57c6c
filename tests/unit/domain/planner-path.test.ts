import { describe, expect, it } from 'vitest';
import { resolvePath, validatePath, type TemplateStage } from '../../../src/lib/domain/case-path.ts';
import { bodies } from './planner-spring-2023.ts';

const known = new Map(bodies.map((b) => [b.code, b]));
const link = { minGapDays: 1, afterPreviousBeforeDeadline: false };
const body = (code: string) => ({ kind: 'body' as const, code });
const committee = { kind: 'responsible-committee' as const };

/** "Politisk sag: DIR → fagudvalg → ØK → KB" */
const politicalCase: TemplateStage[] = [
	{ body: body('DIR'), role: 'drøftelse', ...link },
	{ body: committee, role: 'indstilling', ...link, afterPreviousBeforeDeadline: true },
	{ body: body('ØK'), role: 'indstilling', ...link },
	{ body: body('KB'), role: 'beslutning', ...link }
];

describe('validatePath', () => {
	it('accepts a path with one decision at the end, and one with none', () => {
		expect(validatePath(politicalCase, known)).toEqual([]);
		expect(validatePath(politicalCase.slice(0, 2), known)).toEqual([]);
	});

	it('refuses an empty path', () => {
		expect(validatePath([], known)).toEqual([{ code: 'empty-path', stage: null, message: 'Sagsgangen skal have mindst ét trin.' }]);
	});

	it('refuses a decision before the last stage, and two decisions', () => {
		const stages: TemplateStage[] = [
			{ body: body('ØK'), role: 'beslutning', ...link },
			{ body: body('KB'), role: 'beslutning', ...link }
		];
		expect(validatePath(stages, known)).toEqual([
			{ code: 'several-decisions', stage: null, message: 'Sagsgangen har 2 beslutningstrin; en sag besluttes ét sted.' },
			{ code: 'decision-not-last', stage: 0, message: 'Trin 1 er beslutning, men kun det sidste trin kan være beslutning.' }
		]);
	});

	it('refuses unknown bodies and gaps that are not whole days', () => {
		const stages: TemplateStage[] = [
			{ body: body('XYZ'), role: 'orientering', ...link },
			{ body: body('KB'), role: 'beslutning', minGapDays: 0.5, afterPreviousBeforeDeadline: false }
		];
		expect(validatePath(stages, known).map((p) => [p.code, p.stage, p.message])).toEqual([
			['unknown-body', 0, 'Trin 1: organet XYZ findes ikke.'],
			['invalid-gap', 1, 'Trin 2: mindste afstand skal være et helt antal dage (0 eller mere).']
		]);
	});
});

describe('resolvePath', () => {
	it('puts the case’s responsible committee in place of the placeholder', () => {
		expect(resolvePath(politicalCase, 'MTU', known)).toEqual({
			ok: true,
			stages: [
				{ bodyCode: 'DIR', role: 'drøftelse', minGapDays: 1, afterPreviousBeforeDeadline: false },
				{ bodyCode: 'MTU', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: true },
				{ bodyCode: 'ØK', role: 'indstilling', minGapDays: 1, afterPreviousBeforeDeadline: false },
				{ bodyCode: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false }
			]
		});
	});

	it('merges the placeholder with a neighbour of the same body, keeping the weightier role', () => {
		const orientation: TemplateStage[] = [
			{ body: body('DIR'), role: 'orientering', ...link },
			{ body: committee, role: 'drøftelse', minGapDays: 3, afterPreviousBeforeDeadline: true },
			{ body: body('ØK'), role: 'indstilling', ...link },
			{ body: body('KB'), role: 'beslutning', ...link }
		];
		expect(resolvePath(orientation, 'ØK', known)).toEqual({
			ok: true,
			stages: [
				{ bodyCode: 'DIR', role: 'orientering', minGapDays: 1, afterPreviousBeforeDeadline: false },
				{ bodyCode: 'ØK', role: 'indstilling', minGapDays: 3, afterPreviousBeforeDeadline: true },
				{ bodyCode: 'KB', role: 'beslutning', minGapDays: 1, afterPreviousBeforeDeadline: false }
			]
		});
	});

	it('keeps two readings in the same body when no placeholder is involved', () => {
		const bylaw: TemplateStage[] = [
			{ body: body('KB'), role: 'drøftelse', ...link },
			{ body: body('KB'), role: 'beslutning', minGapDays: 6, afterPreviousBeforeDeadline: false }
		];
		const resolved = resolvePath(bylaw, null, known);
		expect(resolved.ok && resolved.stages.map((s) => [s.bodyCode, s.role, s.minGapDays])).toEqual([
			['KB', 'drøftelse', 1],
			['KB', 'beslutning', 6]
		]);
	});

	it('refuses a placeholder without a responsible committee, or with an unknown one', () => {
		expect(resolvePath(politicalCase, null, known)).toEqual({
			ok: false,
			problems: [
				{
					code: 'no-responsible-committee',
					stage: 1,
					message: 'Trin 2 er det ansvarlige fagudvalg, men sagen har intet ansvarligt fagudvalg.'
				}
			]
		});
		expect(resolvePath(politicalCase, 'XYZ', known)).toEqual({
			ok: false,
			problems: [{ code: 'unknown-body', stage: 1, message: 'Trin 2: det ansvarlige fagudvalg XYZ findes ikke.' }]
		});
	});
});
