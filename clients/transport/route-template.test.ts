import { describe, expect, it } from 'vitest';
import { routeTemplate } from './route-template.js';

describe('routeTemplate', () => {
  it('turns ids into {id}, keeping words, versions and extensions', () => {
    expect(routeTemplate('/api/v2/tickets/4711.json')).toBe('/api/v2/tickets/{id}.json');
    expect(routeTemplate('/api/v2/tickets/show_many.json')).toBe('/api/v2/tickets/show_many.json');
    expect(routeTemplate('/G2A/rest/v1/sessions/1400150636')).toBe('/G2A/rest/v1/sessions/{id}');
    expect(routeTemplate('/oauth2/token')).toBe('/oauth2/token');
    expect(routeTemplate('/organizers/300000000000123456/webinars/8123/registrants/77')).toBe('/organizers/{id}/webinars/{id}/registrants/{id}');
    expect(routeTemplate('/ameyorestapi/voice/customerCallbacks/3f2a1c9e-0b7d-4c1e-9f00-1234567890ab')).toBe('/ameyorestapi/voice/customerCallbacks/{id}');
    expect(routeTemplate('/api/command.ns')).toBe('/api/command.ns');
  });

  it('hides segments that may carry an address or an encoded value', () => {
    expect(routeTemplate('/users/someone%40example.com')).toBe('/users/{id}');
    expect(routeTemplate('/users/someone@example.com')).toBe('/users/{id}');
    expect(routeTemplate('/connectionCodes/ab12cd')).toBe('/connectionCodes/{id}');
  });
});
