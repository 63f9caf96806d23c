// The error pages' small stylesheet (style-src 'self': no inline styles).
import type { APIRoute } from 'astro';
import { ERROR_PAGE_CSS } from '../../features/hosting/error-pages';

export const GET: APIRoute = () => new Response(ERROR_PAGE_CSS, { headers: { 'Content-Type': 'text/css' } });
