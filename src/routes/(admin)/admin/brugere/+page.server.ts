import { z } from 'zod';
import { appDb } from '$lib/server/db/app-db';
import { ROLES } from '$lib/domain/roles';
import { ROLE_LABEL } from '$lib/server/auth/access';
import { listUsers } from '$lib/server/users/repository';
import { inTransaction } from '$lib/server/db/transaction';
import { changeUserRole, createUserAccount, setUserDisabled } from '$lib/server/users/service';
import { requirePageRole } from '$lib/server/http/guard';
import { email, newPassword, roleSchema } from '$lib/schemas/auth';
import { title } from '$lib/schemas/calendar';
import { fieldErrors, formObject } from '$lib/schemas/form';
import { auditTime } from '$lib/server/audit/view';
import { invalidForm, refusedWrite } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const userCreateSchema = z.object({
	email,
	name: title('Navnet'),
	unit: z.string().trim().max(200, { error: 'Enheden må højst være 200 tegn' }),
	role: roleSchema,
	password: newPassword
});
const userId = z.coerce.number().int().positive();

export const load: PageServerLoad = async ({ locals, url }) => {
	const viewer = requirePageRole(locals, url, 'admin');
	const users = await listUsers(appDb());
	return {
		roles: ROLES.map((value) => ({ value, label: ROLE_LABEL[value] })),
		users: users.map((u) => ({
			id: u.id,
			email: u.email,
			name: u.name,
			unit: u.unit,
			role: u.role,
			disabled: u.disabled_at !== null,
			created: auditTime(u.created_at),
			me: u.id === viewer.userId
		}))
	};
};

export const actions: Actions = {
	create: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const parsed = userCreateSchema.safeParse(values);
		// The password is never sent back to the page.
		const kept = { ...values, password: '' };
		if (!parsed.success) return invalidForm('create', kept, fieldErrors(parsed.error.issues));
		try {
			const user = await inTransaction((tx) => createUserAccount(tx, viewer, parsed.data));
			return { form: 'create', saved: `Brugeren ${user.email} er oprettet.` };
		} catch (e) {
			return refusedWrite(e, { name: 'create', values: kept });
		}
	},
	role: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const id = userId.safeParse(values.id);
		const role = roleSchema.safeParse(values.role);
		const name = `role-${values.id}`;
		if (!id.success || !role.success) return invalidForm(name, values, { role: 'Vælg en rolle' });
		try {
			const user = await inTransaction((tx) => changeUserRole(tx, viewer, id.data, role.data));
			return { form: name, saved: `${user.name} er nu ${ROLE_LABEL[user.role]}.` };
		} catch (e) {
			return refusedWrite(e, { name, values });
		}
	},
	disable: async ({ locals, url, request }) => {
		const viewer = requirePageRole(locals, url, 'admin');
		const values = formObject(await request.formData());
		const id = userId.safeParse(values.id);
		const name = `disable-${values.id}`;
		if (!id.success) return invalidForm(name, values, { form: 'Ukendt bruger' });
		const disabled = values.disabled === 'true';
		try {
			const user = await inTransaction((tx) => setUserDisabled(tx, viewer, id.data, disabled));
			return { form: name, saved: `${user.name} er ${disabled ? 'deaktiveret og logget ud' : 'genaktiveret'}.` };
		} catch (e) {
			return refusedWrite(e, { name, values });
		}
	}
};
