/**
 * `{ tickets { edges { node { requester { tickets ... id } } } } }`: a valid document `levels`
 * fields deep (Ticket.requester is a Contact, Contact.tickets a connection), for depth limits.
 * `levels` is 5, 8, 9, 12, ... (the innermost field sits on a node or a requester).
 */
export function ticketChain(levels: number): string {
  const steps = ['tickets', 'edges', 'node', 'requester'];
  let query = 'id';
  for (let level = levels - 1; level >= 1; level--) query = `${steps[(level - 1) % 4]} { ${query} }`;
  return `{ ${query} }`;
}
