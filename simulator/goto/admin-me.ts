import { organizerByKey } from './account.js';
import { notFound } from './errors.js';
import { gotoJson, num } from './json.js';
import type { GoToProduct, GoToProductContext } from './product.js';

/**
 * `GET /admin/rest/v1/me`: who the token acts for, with the keys the current token server no
 * longer puts in its answer (`key`, the organizer/user key, and `accountKey`, as int64 numbers).
 * The field set beyond those two is modeled.
 */
export function createAdminMeProduct(ctx: GoToProductContext): GoToProduct {
  return {
    handle(req, caller, path) {
      const organizer = organizerByKey(ctx.account, caller.organizerKey);
      if (req.method !== 'GET' || path !== '/me' || !organizer) return notFound('Resource');
      return gotoJson(200, {
        key: num(organizer.organizerKey),
        accountKey: num(caller.accountKey),
        email: organizer.email,
        firstName: organizer.firstName,
        lastName: organizer.lastName,
        locale: 'en_US',
        timeZone: 'UTC',
      });
    },
  };
}
