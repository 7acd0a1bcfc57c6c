/**
 * The kinds of body (organ): the council (kommunalbestyrelsen), the finance committee
 * (økonomiudvalget), a standing committee (fagudvalg), a MED committee, the executive board
 * (direktionen), or another forum.
 */
export const BODY_KINDS = ['council', 'finance-committee', 'standing-committee', 'med-committee', 'executive-board', 'other'] as const;

export type BodyKind = (typeof BODY_KINDS)[number];
