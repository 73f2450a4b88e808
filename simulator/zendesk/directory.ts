import { ACCOUNT, SYSTEM_FIELDS } from './constants.js';

/**
 * The account's read-only setup: organizations, groups and ticket fields (the same for every seed;
 * the seed's users and tickets belong to no organization). Wire JSON follows the OpenAPI
 * `OrganizationObject`, `GroupObject` and `TicketFieldObject`.
 */

const SETUP_TIME = '2024-03-04T10:00:00Z';

export interface Organization {
  id: number;
  name: string;
  domainNames: string[];
  tags: string[];
}

export const ORGANIZATIONS: readonly Organization[] = [
  { id: 360000910101, name: 'Switchboard', domainNames: ['switchboard.test'], tags: ['internal'] },
  { id: 360000910102, name: 'Acme Corporation', domainNames: ['acme.example'], tags: ['enterprise'] },
  { id: 360000910103, name: 'Globex', domainNames: ['globex.example'], tags: [] },
];

export interface Group {
  id: number;
  name: string;
  description: string;
  isDefault: boolean;
}

export const GROUPS: readonly Group[] = [{ id: ACCOUNT.supportGroupId, name: 'Support', description: 'Every agent of the account', isDefault: true }];

export interface TicketField {
  id: number;
  /** Zendesk's field type (`subject`, `tickettype`...). */
  type: string;
  title: string;
  description: string;
  required: boolean;
  /** Choices of the system drop-downs (status, priority, type). */
  options?: readonly string[];
}

export const TICKET_FIELDS: readonly TicketField[] = [
  { id: 360000002192, type: 'subject', title: 'Subject', description: '', required: true },
  { id: SYSTEM_FIELDS.description.id, type: 'description', title: 'Description', description: 'Please enter the details of your request.', required: true },
  { id: SYSTEM_FIELDS.status.id, type: 'status', title: 'Status', description: 'Request status', required: false, options: ['new', 'open', 'pending', 'hold', 'solved', 'closed'] },
  { id: SYSTEM_FIELDS.type.id, type: 'tickettype', title: 'Type', description: 'Request type', required: false, options: ['question', 'incident', 'problem', 'task'] },
  { id: SYSTEM_FIELDS.priority.id, type: 'priority', title: 'Priority', description: 'Request priority', required: false, options: ['low', 'normal', 'high', 'urgent'] },
  { id: 360000002242, type: 'group', title: 'Group', description: 'Request group', required: false },
  { id: 360000002252, type: 'assignee', title: 'Assignee', description: 'Agent assigned to your request', required: true },
];

export function organizationJson(o: Organization, baseUrl: string): Record<string, unknown> {
  return {
    id: o.id,
    url: `${baseUrl}/api/v2/organizations/${o.id}.json`,
    name: o.name,
    shared_tickets: false,
    shared_comments: false,
    external_id: null,
    created_at: SETUP_TIME,
    updated_at: SETUP_TIME,
    domain_names: o.domainNames,
    details: null,
    notes: null,
    group_id: null,
    tags: o.tags,
    organization_fields: {},
  };
}

export function groupJson(g: Group, baseUrl: string): Record<string, unknown> {
  return {
    id: g.id,
    url: `${baseUrl}/api/v2/groups/${g.id}.json`,
    name: g.name,
    description: g.description,
    default: g.isDefault,
    deleted: false,
    is_public: true,
    created_at: SETUP_TIME,
    updated_at: SETUP_TIME,
  };
}

export function ticketFieldJson(f: TicketField, baseUrl: string, position: number): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: f.id,
    url: `${baseUrl}/api/v2/ticket_fields/${f.id}.json`,
    type: f.type,
    title: f.title,
    raw_title: f.title,
    description: f.description,
    raw_description: f.description,
    position,
    active: true,
    required: f.required,
    collapsed_for_agents: false,
    regexp_for_validation: null,
    title_in_portal: f.title,
    raw_title_in_portal: f.title,
    visible_in_portal: f.type !== 'assignee',
    editable_in_portal: f.type === 'subject' || f.type === 'description',
    required_in_portal: f.type === 'subject' || f.type === 'description',
    tag: null,
    created_at: SETUP_TIME,
    updated_at: SETUP_TIME,
    removable: false,
    key: null,
    agent_description: null,
  };
  if (f.options) json.system_field_options = f.options.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value }));
  return json;
}
