/** Vocabulary the seed generator draws names and ticket text from. */

export const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Ava', 'Elijah', 'Sophia', 'Lucas',
  'Isabella', 'Mateo', 'Mia', 'Ethan', 'Harper', 'Aiden', 'Evelyn', 'Kenji', 'Priya', 'Arjun',
  'Fatima', 'Omar', 'Chloe', 'Leo', 'Nora', 'Hugo', 'Ingrid', 'Sven', 'Aisha', 'Diego',
  'Zoe', 'Rafael', 'Hannah', 'Tomás', 'Yuki', 'Mei', 'Grace', 'Samuel', 'Layla', 'Felix',
] as const;

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Nakamura', 'Patel', 'Okafor', 'Kowalski', 'Nguyen', 'Schmidt', 'Rossi', 'Dubois', 'Silva', 'Khan',
  'Andersson', "O'Brien", 'Murphy', 'Chen', 'Kim', 'Haddad', 'Novak', 'Ivanova', 'Costa', 'Fischer',
] as const;

export const EMAIL_DOMAINS = ['example.com', 'example.org', 'example.net', 'acme.example', 'globex.example'] as const;

export const PRODUCTS = ['the mobile app', 'the web dashboard', 'the desktop client', 'the API', 'SSO login', 'the billing portal', 'the router', 'the headset'] as const;

export const FEATURES = ['dark mode', 'CSV export', 'bulk edit', 'two-factor login', 'calendar sync', 'custom reports'] as const;

/** Subject templates: `{product}`, `{feature}` and `{n}` are filled in. */
export const SUBJECTS = [
  'Cannot log in to {product}',
  '{product} crashes on startup',
  'Refund request for order #{n}',
  'Billing question about invoice {n}',
  'Password reset email never arrives',
  'Feature request: {feature}',
  'Error 500 when saving in {product}',
  'How do I change my plan?',
  'Shipping delay for order #{n}',
  '{product} is very slow today',
  'Charged twice this month',
  'Cannot connect {product} to Wi-Fi',
  'Need a copy of invoice {n}',
  'Account locked after too many attempts',
  'Data missing after update of {product}',
  'Question about {feature}',
] as const;

export const OPENING_LINES = [
  'Hi, since this morning {product} stops working as soon as I open it.',
  'Hello team, I was charged on my card but I never received a confirmation.',
  'Good afternoon. I followed the help article but the problem is still there.',
  'Hi there, my colleague has the same issue so it is probably not just my machine.',
  'Hello, could you please look into this? It is blocking our whole team.',
  'Hi, I am writing again because I did not get an answer to my last message.',
] as const;

export const AGENT_REPLIES = [
  'Thanks for reaching out! Could you send us a screenshot of the error?',
  'I have escalated this to our engineering team and will update you shortly.',
  'Could you confirm the email address on the account so I can check the logs?',
  'This should be fixed now. Could you try again and let me know?',
  'I have issued the refund; it can take 3 to 5 business days to show up.',
  'We are aware of the issue and are working on a fix.',
] as const;

export const CUSTOMER_REPLIES = [
  'Here is the screenshot you asked for.',
  'It still does not work, unfortunately.',
  'Thanks, that fixed it!',
  'The email on the account is the one I am writing from.',
  'Any update on this?',
  'I tried again and got the same error.',
] as const;

export const INTERNAL_NOTES = [
  'Checked the logs: repeated 401s from this account since Monday.',
  'Customer is on the legacy plan; refund needs manager approval.',
  'Linked to the known issue with the last release.',
  'Called the customer, no answer. Will retry tomorrow.',
] as const;

export const TAGS = ['billing', 'refund', 'login', 'bug', 'vip', 'feature_request', 'mobile', 'outage', 'password', 'shipping', 'hardware', 'api'] as const;

export const USER_NOTES = ['VIP customer', 'Prefers phone contact', 'Reseller account', 'Speaks French and English', 'Escalate billing issues to finance'] as const;
