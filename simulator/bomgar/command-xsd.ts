import type { VendorReply } from '../core/reply.js';
import type { Site } from './constants.js';
import { XML_CONTENT_TYPE } from './xml.js';

/** A root element of the command API and what it holds (the simulator's own answers; see command.ts). */
const ROOTS: Record<string, string> = {
  error: '<xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent>',
  success: '<xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent>',
  logged_in_reps: '<xs:sequence><xs:element name="rep" type="cmd:rep" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>',
  support_teams:
    '<xs:sequence><xs:element name="support_team" type="cmd:support_team" minOccurs="0" maxOccurs="unbounded"/><xs:element name="general_queue" type="cmd:queue" minOccurs="0"/></xs:sequence>',
  session_key:
    '<xs:sequence><xs:element name="short_key" type="xs:string"/><xs:element name="expires" type="cmd:timestamped"/><xs:element name="key_url" type="xs:anyURI"/><xs:element name="mail_subject" type="xs:string" minOccurs="0"/><xs:element name="mail_body" type="xs:string"/></xs:sequence>',
  custom_attributes:
    '<xs:sequence><xs:element name="custom_attribute" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="code_name" type="xs:string" use="required"/><xs:attribute name="display_name" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType></xs:element></xs:sequence>',
  api_information:
    '<xs:sequence><xs:element name="api_version" type="xs:string"/><xs:element name="timestamp" type="xs:integer"/><xs:element name="permissions"><xs:complexType><xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element></xs:sequence>',
  health_check:
    '<xs:sequence><xs:element name="appliance"><xs:complexType><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="id" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType></xs:element><xs:element name="version" type="xs:string"/><xs:element name="success" type="xs:integer"/><xs:element name="error_message" type="xs:string" minOccurs="0"/><xs:element name="failover_role" type="xs:string"/><xs:element name="enabled_shared_ips" minOccurs="0"><xs:complexType><xs:sequence><xs:element name="ip" type="xs:string" maxOccurs="unbounded"/></xs:sequence></xs:complexType></xs:element><xs:element name="last_data_sync_time" type="cmd:timestamped" minOccurs="0"/><xs:element name="last_data_sync_status" type="xs:string" minOccurs="0"/></xs:sequence>',
};

const TYPES = [
  '<xs:complexType name="timestamped"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="timestamp" type="xs:integer"/><xs:attribute name="ts" type="xs:integer"/></xs:extension></xs:simpleContent></xs:complexType>',
  '<xs:complexType name="queue"><xs:attribute name="waiting_count" type="xs:integer"/><xs:attribute name="longest_wait_seconds" type="xs:integer"/></xs:complexType>',
  '<xs:complexType name="rep"><xs:sequence><xs:element name="display_name" type="xs:string"/><xs:element name="public_display_name" type="xs:string"/><xs:element name="private_display_name" type="xs:string"/><xs:element name="username" type="xs:string" minOccurs="0"/><xs:element name="type" type="xs:string"/><xs:element name="direct_link" type="xs:anyURI"/><xs:element name="logged_in_since" type="cmd:timestamped"/><xs:element name="support_session_count" type="xs:integer"/><xs:element name="presentation_count" type="xs:integer"/><xs:element name="showing_on_rep_list" type="xs:integer"/></xs:sequence><xs:attribute name="id" type="xs:integer" use="required"/></xs:complexType>',
  '<xs:complexType name="support_team"><xs:sequence><xs:element name="name" type="xs:string"/><xs:element name="code_name" type="xs:string"/><xs:element name="members" minOccurs="0"><xs:complexType><xs:sequence><xs:element name="representative" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence><xs:element name="username" type="xs:string"/><xs:element name="display_name" type="xs:string"/></xs:sequence><xs:attribute name="id" type="xs:integer" use="required"/></xs:complexType></xs:element></xs:sequence></xs:complexType></xs:element><xs:element name="queue" type="cmd:queue" minOccurs="0"/></xs:sequence><xs:attribute name="id" type="xs:integer" use="required"/></xs:complexType>',
];

/**
 * `GET /api/command.xsd`: the XML schema of the command API's answers (the URL is confirmed; the
 * schema is written for the answers this simulator prints, in the site's namespace spelling). Served
 * without credentials: it describes formats, not data.
 */
export function commandXsd(site: Site): VendorReply {
  const namespace = `${site.namespaceBase}/command`;
  const roots = Object.entries(ROOTS).map(([name, content]) => `<xs:element name="${name}"><xs:complexType>${content}</xs:complexType></xs:element>`);
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:cmd="${namespace}" targetNamespace="${namespace}" elementFormDefault="qualified">`,
    ...TYPES,
    ...roots,
    '</xs:schema>',
    '',
  ].join('\n');
  return { status: 200, headers: { 'Content-Type': XML_CONTENT_TYPE }, body };
}
