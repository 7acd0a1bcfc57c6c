import { describe, expect, it } from 'vitest';
import { sourceLines, where } from './source.ts';

/**
 * The rule "the public never sees internal bodies or closed content" lives in the repositories'
 * visible readers (findVisibleMeeting, listVisibleEvents, findVisibleCase, …), which take the
 * viewer. Pages, API routes, data endpoints and feeds read content through them only; a copy of
 * the rule anywhere else is one more place to forget it.
 */
const READERS = ['src/routes', 'src/lib/server/feeds', 'src/lib/server/embed'];

/** Readers that return content whoever asks: for the services that change it, and the agendas that anonymise it. */
const RAW_READERS = ['listBodies', 'findBody', 'listMeetings', 'findMeeting', 'findMeetingWithBody', 'meetingsWithCycles', 'listEvents', 'findEvent', 'listCases', 'getCase', 'casesOnMeetings', 'listFixedItems', 'fixedItemsByMeeting', 'listClosures', 'listTemplates', 'listAllTemplates'];

describe('content is read through the visibility rule', () => {
	it('routes and feeds import no reader that ignores the viewer', () => {
		const raw = new RegExp(`\\b(${RAW_READERS.join('|')})\\b`);
		const hits = sourceLines(...READERS).filter((l) => raw.test(l.text));
		expect(where(hits)).toEqual([]);
	});

	it('routes and feeds do not decide visibility themselves', () => {
		const hits = sourceLines(...READERS).filter(
			(l) => /\b(includeInternal|includeClosed|canSeeInternal)\b/.test(l.text) || /(\.filter\(|\bif\s*\(|&&|\|\|)[^\n]*\bis_(public|closed)\b/.test(l.text)
		);
		expect(where(hits)).toEqual([]);
	});

	it('feeds read no content table directly', () => {
		const hits = sourceLines('src/lib/server/feeds').filter((l) => /selectFrom\(\s*['"](body|meeting|event|case_file|case_stage|fixed_item|closure)\b/.test(l.text));
		expect(where(hits)).toEqual([]);
	});
});
