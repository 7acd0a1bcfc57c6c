/**
 * The OParl 1.1 addresses of this app: each object's id is its URL (OParl § 2.3), built in one
 * place so that every id a response names is one a route answers.
 */
export const OPARL_PATH = '/oparl/v1.1';
/** The municipality is the one Body (Körperschaft) of the system. */
export const BODY_KEY = 'kommune';

export function oparlUrls(origin: string) {
	const base = `${origin}${OPARL_PATH}`;
	const body = `${base}/body/${BODY_KEY}`;
	return {
		origin,
		system: base,
		bodies: `${base}/body`,
		body,
		bodyOrganizations: `${body}/organization`,
		bodyPersons: `${body}/person`,
		bodyMeetings: `${body}/meeting`,
		bodyPapers: `${body}/paper`,
		bodyTerms: `${body}/legislative-term`,
		organization: (id: number) => `${base}/organization/${id}`,
		organizationMeetings: (id: number) => `${base}/organization/${id}/meeting`,
		meeting: (id: string) => `${base}/meeting/${id}`,
		meetingLocation: (id: string) => `${base}/meeting/${id}/location`,
		agendaItem: (meetingId: string, key: string) => `${base}/agenda-item/${meetingId}/${key}`,
		paper: (id: string) => `${base}/paper/${id}`,
		consultation: (caseId: string, position: number) => `${base}/paper/${caseId}/consultation/${position}`,
		term: (startYear: number) => `${base}/legislative-term/${startYear}`
	};
}

export type OparlUrls = ReturnType<typeof oparlUrls>;

/** The `type` namespace URL of each object kind (OParl 1.1 § 3.1). */
export const oparlType = (kind: 'System' | 'Body' | 'Organization' | 'Person' | 'Meeting' | 'AgendaItem' | 'Paper' | 'Consultation' | 'LegislativeTerm' | 'Location') =>
	`https://schema.oparl.org/1.1/${kind}`;
