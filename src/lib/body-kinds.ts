/** Danish names of the kinds of body. */
export const BODY_KIND_LABEL: Record<string, string> = {
	council: 'Kommunalbestyrelse',
	'finance-committee': 'Økonomiudvalg',
	'standing-committee': 'Fagudvalg',
	'med-committee': 'MED-udvalg',
	'executive-board': 'Direktion',
	other: 'Andet forum'
};
