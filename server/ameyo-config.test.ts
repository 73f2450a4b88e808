import { describe, expect, it } from 'vitest';
import { isOpen, parseCampaignHours } from '../domain/campaign-hours.js';
import { ConfigError } from '../domain/config-error.js';
import { loadConfig } from './config.js';

describe('AMEYO_CAMPAIGN_HOURS', () => {
  it('reads days, a window and a time zone per campaign', () => {
    const hours = parseCampaignHours('3=Mon-Fri 09:00-18:00 Europe/London; 7=Sat,Sun 22:00-06:00 Asia/Kolkata');
    const london = hours.get('3')!;
    // Monday 2026-01-05, winter: London is UTC.
    expect(isOpen(london, new Date('2026-01-05T09:00:00Z'))).toBe(true);
    expect(isOpen(london, new Date('2026-01-05T18:00:00Z'))).toBe(false);
    expect(isOpen(london, new Date('2026-01-04T12:00:00Z'))).toBe(false);
    // Summer: London is UTC+1, so 08:30 UTC is 09:30 there.
    expect(isOpen(london, new Date('2026-07-06T08:30:00Z'))).toBe(true);
    const night = hours.get('7')!;
    // Saturday 23:00 and Sunday 05:00 in Kolkata (UTC+5:30) are open; Monday 05:00 belongs to Sunday's window; Monday 23:00 is not.
    expect(isOpen(night, new Date('2026-01-10T17:30:00Z'))).toBe(true);
    expect(isOpen(night, new Date('2026-01-11T23:30:00Z'))).toBe(true);
    expect(isOpen(night, new Date('2026-01-12T17:30:00Z'))).toBe(false);
  });

  it('names what is wrong', () => {
    expect(() => parseCampaignHours('3=Mon-Fri 9-18')).toThrow(/must look like/);
    expect(() => parseCampaignHours('3=Mon-Fry 09:00-18:00 UTC')).toThrow(/unknown day/);
    expect(() => parseCampaignHours('3=Mon 09:00-18:00 Mars/Olympus')).toThrow(/unknown time zone/);
    expect(() => parseCampaignHours('3=Mon 09:00-09:00 UTC')).toThrow(/same time/);
  });
});

describe('Ameyo configuration', () => {
  it('requires the credentials and the webhook secret with AMEYO_URL', () => {
    const error = (() => {
      try {
        loadConfig({ AMEYO_URL: 'https://cc.example.com:8888' });
      } catch (e) {
        return e as ConfigError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.issues.map((issue) => issue.variable).sort()).toEqual(['AMEYO_PASSWORD', 'AMEYO_USER_ID', 'AMEYO_WEBHOOK_SECRET']);
    expect(() => loadConfig({ AMEYO_USER_ID: 'x' })).toThrow(/AMEYO_URL: required when AMEYO_USER_ID is set/);
  });

  it('reads agents’ emails, campaign hours and the SSO secret, refusing bad ones by name', () => {
    const config = loadConfig({ SWITCHBOARD_AGENT_EMAILS: 'agent=Avery@Example.com,admin#3f2a1c=boss@example.com', AMEYO_CAMPAIGN_HOURS: '3=Mon-Fri 09:00-17:00 UTC', ZENDESK_SSO_SECRET: 'x'.repeat(32) });
    expect([...config.agentEmails]).toEqual([['agent', 'avery@example.com'], ['admin#3f2a1c', 'boss@example.com']]);
    expect(config.ameyo.campaignHours.get('3')?.timeZone).toBe('UTC');
    expect(() => loadConfig({ SWITCHBOARD_AGENT_EMAILS: 'agent:avery@example.com' })).toThrow(/SWITCHBOARD_AGENT_EMAILS/);
    expect(() => loadConfig({ AMEYO_CAMPAIGN_HOURS: '3=nonsense' })).toThrow(/AMEYO_CAMPAIGN_HOURS/);
    expect(() => loadConfig({ ZENDESK_SSO_SECRET: 'short' })).toThrow(/ZENDESK_SSO_SECRET/);
  });
});
