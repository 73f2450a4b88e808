import type { GoToAccount, GoToGroup, GoToOrganizer } from './account.js';
import { num } from './json.js';

/** `organizerKey` and `groupId` as numbers; a group's key as `groupkey` (lower-case k). */
export function organizerJson(organizer: GoToOrganizer, account: GoToAccount) {
  const group = account.groups.find((g) => g.groupKey === organizer.groupKey);
  return {
    organizerKey: num(organizer.organizerKey),
    email: organizer.email,
    firstName: organizer.firstName,
    lastName: organizer.lastName,
    groupId: group ? num(group.groupKey) : null,
    groupName: group?.groupName ?? null,
    status: organizer.status,
    products: organizer.products,
    maxNumAttendeesAllowed: organizer.maxNumAttendeesAllowed,
  };
}

export function groupJson(group: GoToGroup, account: GoToAccount) {
  return {
    groupkey: num(group.groupKey),
    groupName: group.groupName,
    // The Swagger: identical with groupkey when the group is not a subgroup.
    parentKey: num(group.parentKey ?? group.groupKey),
    status: group.status,
    numOrganizers: account.organizers.filter((organizer) => organizer.groupKey === group.groupKey).length,
  };
}
