import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { MAX_LENGTH } from '../../domain/input-rules.js';
import type { FieldIssue } from '../../domain/errors.js';

const { email, phone, name, subject, text, code, id, url, idempotencyKey } = MAX_LENGTH;

/**
 * The longest value of every String and ID argument and input field of the schema, by schema
 * coordinate (`Type.field(arg:)`, `InputType.field`). Connection cursors (`after`, `before` of a
 * field whose type is a `…Connection`) are bounded by MAX_LENGTH.cursor without a row each.
 * schema/core/string-bounds.test.ts fails when a String or ID input has no row here, and when a
 * row names an input that no longer exists. docs/api.md lists the bounds by kind.
 */
export const STRING_BOUNDS: Readonly<Record<string, number>> = {
  // Queries
  'Query.agentByEmail(email:)': email,
  'Query.agents(teamId:)': id,
  'Query.call(id:)': id,
  'Query.contact(id:)': id,
  'Query.contactTimeline(contactId:)': id,
  'Query.contactsByEmail(email:)': email,
  'Query.contactsByPhone(phone:)': phone,
  'Query.meeting(id:)': id,
  'Query.meetingAttendees(groupId:)': code,
  'Query.meetingAttendees(organizerId:)': id,
  'Query.meetings(groupId:)': code,
  'Query.meetings(organizerId:)': id,
  'Query.node(id:)': id,
  'Query.nodes(ids:)': id,
  'Query.organizer(id:)': id,
  'Query.preferredAgentFor(phone:)': phone,
  'Query.screenPop(callId:)': id,
  'Query.supportSession(id:)': id,
  'Query.ticket(id:)': id,
  'Query.training(id:)': id,
  'Query.trainings(organizerId:)': id,
  'Query.webinar(id:)': id,
  'Query.webinarFunnel(webinar:)': id,
  // Subscriptions
  'Subscription.sessionChanged(id:)': id,
  'Subscription.sessionChanged(ticketId:)': id,
  // Mutations
  'Mutation.addTicketComment(idempotencyKey:)': idempotencyKey,
  'Mutation.addTicketComment(ticketId:)': id,
  'Mutation.acknowledgeAlert(id:)': id,
  'Mutation.agentSignOn(returnTo:)': url,
  'Mutation.cancelConnectionCode(code:)': code,
  'Mutation.cancelRegistration(id:)': id,
  'Mutation.completeContact(callId:)': id,
  'Mutation.completeContact(email:)': email,
  'Mutation.completeContact(name:)': name,
  'Mutation.createContact(idempotencyKey:)': idempotencyKey,
  'Mutation.createMeeting(idempotencyKey:)': idempotencyKey,
  'Mutation.createTicket(idempotencyKey:)': idempotencyKey,
  'Mutation.deleteAlertRule(id:)': id,
  'Mutation.deleteMeeting(id:)': id,
  'Mutation.deleteOrganizer(id:)': id,
  'Mutation.dial(campaign:)': code,
  'Mutation.dial(idempotencyKey:)': idempotencyKey,
  'Mutation.dial(phone:)': phone,
  'Mutation.disposeCall(callId:)': id,
  'Mutation.disposeCall(code:)': code,
  'Mutation.endMeeting(id:)': id,
  'Mutation.endSession(sessionId:)': id,
  'Mutation.registerForTraining(idempotencyKey:)': idempotencyKey,
  'Mutation.registerForTraining(trainingId:)': id,
  'Mutation.registerForWebinar(idempotencyKey:)': idempotencyKey,
  'Mutation.registerForWebinar(webinarId:)': id,
  'Mutation.scheduleCallback(callId:)': id,
  'Mutation.scheduleCallback(idempotencyKey:)': idempotencyKey,
  'Mutation.setOrganizerStatus(id:)': id,
  'Mutation.setSessionExternalKey(sessionId:)': id,
  'Mutation.setSessionExternalKey(ticketId:)': id,
  'Mutation.signUpOrganizer(idempotencyKey:)': idempotencyKey,
  'Mutation.startMeeting(id:)': id,
  'Mutation.startSupportSession(idempotencyKey:)': idempotencyKey,
  'Mutation.transferSession(sessionId:)': id,
  'Mutation.updateMeeting(id:)': id,
  'Mutation.updateTicket(id:)': id,
  'Mutation.updateTicket(idempotencyKey:)': idempotencyKey,
  // Input types
  'AgentStatusFilter.agentId': id,
  'AgentStatusFilter.teamId': id,
  'CommentInput.body': text,
  'CreateContactInput.email': email,
  'CreateContactInput.externalId': code,
  'CreateContactInput.name': name,
  'CreateContactInput.phone': phone,
  'CreateMeetingInput.organizerId': id,
  'CreateMeetingInput.subject': subject,
  'CreateTicketInput.assigneeId': id,
  'CreateTicketInput.description': text,
  'CreateTicketInput.externalId': code,
  'CreateTicketInput.subject': subject,
  'CreateTicketInput.tags': code,
  'OrganizerFilter.email': email,
  'OrganizerFilter.groupId': code,
  'QueueFilter.queueId': id,
  'QueueFilter.teamId': id,
  'RegistrantInput.contactId': id,
  'RegistrantInput.email': email,
  'RegistrantInput.name': name,
  'RequesterInput.email': email,
  'RequesterInput.id': id,
  'RequesterInput.name': name,
  'SignUpOrganizerInput.email': email,
  'SignUpOrganizerInput.groupId': code,
  'SignUpOrganizerInput.name': name,
  'StartSupportSessionInput.agentId': id,
  'StartSupportSessionInput.teamId': id,
  'StartSupportSessionInput.ticketId': id,
  'SupportCustomerInput.company': name,
  'SupportCustomerInput.details': text,
  'SupportCustomerInput.email': email,
  'SupportCustomerInput.name': name,
  'SupportSessionFilter.agentId': id,
  'SupportSessionFilter.teamId': id,
  'SupportSessionFilter.ticketId': id,
  'SupportTargetInput.agentId': id,
  'SupportTargetInput.teamId': id,
  'TicketFilter.assigneeId': id,
  'TicketFilter.requesterId': id,
  'TicketFilter.tag': code,
  'TicketFilter.text': text,
  'UpdateMeetingInput.subject': subject,
  'UpdateTicketInput.assigneeId': id,
  'UpdateTicketInput.subject': subject,
  'UpdateTicketInput.tags': code,
};

const CURSOR_ARGS = new Set(['after', 'before']);

/** Whether a String or ID is what `type` (a field's or argument's type, lists and non-null unwrapped) holds. */
export function holdsString(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return named.name === 'String' || named.name === 'ID';
}

/** The bound of an argument (`Type.field(arg:)`), or undefined when it has none. */
export function argumentBound(parentType: string, field: Pick<GraphQLField<unknown, unknown>, 'name' | 'type'>, arg: string): number | undefined {
  const listed = STRING_BOUNDS[`${parentType}.${field.name}(${arg}:)`];
  if (listed !== undefined) return listed;
  return CURSOR_ARGS.has(arg) && isConnection(getNamedType(field.type)) ? MAX_LENGTH.cursor : undefined;
}

/** The bound of an input field (`InputType.field`), or undefined when it has none. */
export function inputFieldBound(inputType: string, field: string): number | undefined {
  return STRING_BOUNDS[`${inputType}.${field}`];
}

function isConnection(type: GraphQLNamedType): boolean {
  return type.name.endsWith('Connection') && 'getFields' in type && 'pageInfo' in type.getFields();
}

/** Marks an input type whose check is being built (an input type may hold itself). */
const BUILDING = Symbol('building');

/** Adds an issue for every string in `value` (at `path`) over its bound. */
type Check = (value: unknown, path: string, issues: FieldIssue[]) => void;

/**
 * The check of one argument's value, or null when nothing in it is a string. A String or ID
 * without a bound gets the longest bound there is (free text): nothing goes unbounded even if
 * the table missed it (the test says so first).
 */
function checkFor(type: GraphQLInputType, bound: number | undefined, inputs: Map<string, Check | null | typeof BUILDING>): Check | null {
  if (isNonNullType(type)) return checkFor(type.ofType, bound, inputs);
  if (isListType(type)) {
    const item = checkFor(type.ofType, bound, inputs);
    if (!item) return null;
    return (value, path, issues) => {
      if (!Array.isArray(value)) return item(value, path, issues);
      value.forEach((entry, index) => item(entry, `${path}.${index}`, issues));
    };
  }
  if (isInputObjectType(type)) return inputCheck(type, inputs);
  if (!holdsString(type)) return null;
  const max = bound ?? MAX_LENGTH.text;
  return (value, path, issues) => {
    if (typeof value === 'string' && value.length > max) issues.push({ field: path, message: `must be at most ${max} characters (it has ${value.length})` });
  };
}

function inputCheck(type: GraphQLInputObjectType, inputs: Map<string, Check | null | typeof BUILDING>): Check | null {
  const known = inputs.get(type.name);
  if (known === BUILDING) return (value, path, issues) => (inputs.get(type.name) as Check | null)?.(value, path, issues);
  if (known !== undefined) return known;
  inputs.set(type.name, BUILDING);
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const check = checkFor(field.type, inputFieldBound(type.name, field.name), inputs);
    return check ? [{ name: field.name, check }] : [];
  });
  const check: Check | null =
    fields.length === 0
      ? null
      : (value, path, issues) => {
          if (typeof value !== 'object' || value === null) return;
          for (const field of fields) {
            const inner = (value as Record<string, unknown>)[field.name];
            if (inner !== null && inner !== undefined) field.check(inner, `${path}.${field.name}`, issues);
          }
        };
  inputs.set(type.name, check);
  return check;
}

/**
 * The check of a field's arguments: the issues of every string over its bound, each naming the
 * argument as the caller sent it (`email`, `input.requester.email`, `input.tags.3`); null when
 * the field takes no string at all.
 */
export function argumentsCheck(parentType: string, field: GraphQLField<unknown, unknown>): ((args: Record<string, unknown>) => FieldIssue[]) | null {
  const inputs = new Map<string, Check | null | typeof BUILDING>();
  const checks = field.args.flatMap((arg: GraphQLArgument) => {
    const check = checkFor(arg.type, argumentBound(parentType, field, arg.name), inputs);
    return check ? [{ name: arg.name, check }] : [];
  });
  if (checks.length === 0) return null;
  return (args) => {
    const issues: FieldIssue[] = [];
    for (const { name: arg, check } of checks) {
      const value = args[arg];
      if (value !== null && value !== undefined) check(value, arg, issues);
    }
    return issues;
  };
}
