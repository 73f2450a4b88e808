import { createAdminMeProduct } from './admin-me.js';
import { createAssistProduct } from './assist/index.js';
import { createMeetingProduct } from './meeting/index.js';
import type { GoToProductDefinition } from './product.js';
import { createTrainingProduct } from './training/index.js';
import { createWebinarProduct } from './webinar/index.js';

/**
 * The GoTo products behind the one OAuth server at `/goto`: one line each. The prefix is
 * matched on whole segments; the longest match wins.
 */
export const gotoProducts: readonly GoToProductDefinition[] = [
  { prefix: '/G2M/rest', create: createMeetingProduct },
  { prefix: '/G2W/rest/v2', create: createWebinarProduct },
  { prefix: '/G2T/rest', create: createTrainingProduct },
  { prefix: '/G2A/rest/v1', create: createAssistProduct },
  { prefix: '/admin/rest/v1', create: createAdminMeProduct },
];
