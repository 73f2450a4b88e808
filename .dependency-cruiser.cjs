/**
 * The layer rule (docs/architecture.md): bottom up
 *   domain < clients < adapters < {live, store} < resolvers < schema < server < entry points,
 * each layer importing only the layers below it, never a cycle; schema/ reaches vendors, the store
 * and the live engine only through resolvers/. The simulator shares no code with the gateway (only
 * server/, the composition root, starts it); bench/ and test/ sit on top (bench never imports test/).
 * test/layers.test.ts runs this and fails on any violation. Exceptions: none.
 */
const LAYERS = ['domain', 'clients', 'adapters', 'live|store', 'resolvers', 'schema', 'server'];

/** The layers a folder may not import: its own rank and above (its own folder excepted), and the tops. */
function upward(index) {
  const own = LAYERS[index];
  const above = LAYERS.slice(index + 1).flatMap((layer) => layer.split('|'));
  const siblings = own.includes('|') ? own.split('|') : [];
  return siblings.map((sibling) => ({ sibling, others: siblings.filter((s) => s !== sibling).concat(above) })).concat(
    siblings.length ? [] : [{ sibling: own, others: above }],
  );
}

const layerRules = LAYERS.flatMap((_, index) =>
  upward(index).map(({ sibling, others }) => ({
    name: `${sibling}-imports-upward`,
    comment: `${sibling}/ may import only the layers below it`,
    severity: 'error',
    from: { path: `^${sibling}/` },
    to: { path: `^(${others.concat(['test', 'bench', 'bin', 'dashboard'], index < LAYERS.length - 1 ? ['simulator'] : []).join('|')})/` },
  })),
);

module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    ...layerRules,
    {
      name: 'simulator-stands-alone',
      comment: 'the simulator shares no code with the gateway: it must be able to disagree with the clients, as a real vendor can',
      severity: 'error',
      from: { path: '^simulator/' },
      to: { path: '^(domain|clients|adapters|live|store|resolvers|schema|server|test|bench|dashboard)/' },
    },
    {
      name: 'bench-not-test',
      comment: 'bench/ uses the simulator and the gateway, not the test suites',
      severity: 'error',
      from: { path: '^bench/' },
      to: { path: '^test/' },
    },
    {
      name: 'vendor-records-stay-in-adapters',
      comment:
        'a vendor record becomes a domain record only in adapters/<vendor>/: the domain services and the schema use clients/ for nothing but their typed errors (and the request budget their reads carry)',
      severity: 'error',
      from: { path: '^(resolvers|schema)/' },
      to: { path: '^clients/', pathNot: '^clients/transport/(errors|request-budget)[.]ts$' },
    },
    {
      name: 'schema-through-resolvers',
      comment: 'schema fields call the domain services in resolvers/, never a vendor, the store or the live engine directly',
      severity: 'error',
      from: { path: '^schema/' },
      to: { path: '^(clients|adapters|live|store)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
