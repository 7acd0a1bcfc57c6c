import { openApiDocument } from '$lib/server/api/openapi';
import { json } from '$lib/server/http/api';

export const GET = () => json(openApiDocument, { headers: { 'cache-control': 'public, max-age=3600' } });
