// The server's own error pages (/errors/400.html ...): small, in English and Spanish, with the crisis lines. nginx
// sends them for the errors it answers itself (src/features/hosting/nginx.ts).
import type { APIRoute } from 'astro';
import { ERROR_STATUSES, errorPage, type ErrorStatus } from '../../features/hosting/error-pages';
import { INLINE_SCRIPT_HASHES } from '../../features/theme/head-script';
import { BASE } from '../../config';

export function getStaticPaths() {
  return ERROR_STATUSES.map((status) => ({ params: { status: String(status) } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(errorPage(Number(params.status) as ErrorStatus, INLINE_SCRIPT_HASHES, BASE), {
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
