// The error pages' small stylesheet (style-src 'self': no inline styles), in the theme's danger colours.
import type { APIRoute } from 'astro';
import { errorPageCss } from '../../features/hosting/error-pages';
import { lightAndDark } from '../../features/theme/palette';

export const GET: APIRoute = () =>
  new Response(errorPageCss(lightAndDark('danger')), { headers: { 'Content-Type': 'text/css' } });
