/** Vocabulary the Bomgar seed draws from. */

export const TEAM_NAMES = ['Tier 1 Support', 'Tier 2 Support', 'Network Operations', 'Billing Desk', 'Field Engineering'] as const;

export const SITE_NAMES = ['Default Public Site', 'Enterprise Support Portal'] as const;

export const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Retail', 'Hooli', ''] as const;

export const ISSUES = [
  'Printer will not connect',
  'VPN drops every few minutes',
  'Outlook keeps asking for a password',
  'Cannot install the desktop client',
  'Laptop is very slow after update',
  'Need help exporting a report',
  'Screen flickers on second monitor',
  'Cannot reach the billing portal',
] as const;

export const OS_NAMES = ['Windows 11 Pro (x64)', 'Windows 10 Enterprise (x64)', 'macOS 14.4', 'Ubuntu 22.04'] as const;

export const CUSTOMER_LINES = [
  'Hi, thanks for taking this.',
  'It started this morning after the update.',
  'Yes, I can see your cursor now.',
  'That worked, thank you!',
  'I restarted already, same problem.',
  'Do you need the error message?',
] as const;

export const REP_LINES = [
  'Hello, I am connecting to your machine now.',
  'Could you accept the elevation prompt, please?',
  'I am sending you the updated driver.',
  'Please restart when the installer finishes.',
  'I have cleared the cached credentials.',
  'Anything else I can help with today?',
] as const;

export const NOTES = [
  'Customer on old driver version; updated.',
  'Escalate to network team if it recurs.',
  'Reset profile; ticket can be solved.',
  'Hardware fault suspected, RMA suggested.',
] as const;

export const FILES = ['driver_setup.exe', 'logs.zip', 'diagnostics.txt', 'screenshot.png', 'config_backup.xml'] as const;

export const FEEDBACK = ['Quick and friendly.', 'Fixed my issue in minutes.', 'Took too long to connect.', 'Very helpful rep.', 'Problem came back the next day.'] as const;
