import { openApiDocument } from '$lib/server/http/openapi';
import { json } from '$lib/server/http/api';

export const GET = () => json(openApiDocument, { headers: { 'cache-control': 'public, max-age=3600' } });
