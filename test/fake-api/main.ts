/**
 * Standalone fake AgentHuman server, seeded with demo data:
 *   node out/test/fake-api/main.js [--port N] [--seed demo|empty|many] [--quiet]
 * The port defaults to $PORT, else 0 (any free port). Binds 127.0.0.1 only.
 */
import { DEMO_API_KEY, OTHER_API_KEY, startFakeServer, type SeedName } from './server';

interface Args { port: number; seed: SeedName; quiet: boolean }

function parseArgs(argv: string[]): Args {
  const args: Args = { port: Number(process.env.PORT ?? 0), seed: 'demo', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--port') args.port = Number(value());
    else if (flag === '--seed') args.seed = value() as SeedName;
    else if (flag === '--quiet') args.quiet = true;
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: node out/test/fake-api/main.js [--port N] [--seed demo|empty|many] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65535) throw new Error(`bad port ${args.port}`);
  if (!['demo', 'empty', 'many'].includes(args.seed)) throw new Error(`bad seed ${String(args.seed)}`);
  return args;
}

async function main(): Promise<void> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`fake-api: ${(e as Error).message}`);
    process.exit(2);
  }
  const server = await startFakeServer({
    port: args.port,
    host: '127.0.0.1',
    seed: args.seed,
    log: args.quiet ? undefined : (line) => console.log(`  ${new Date().toISOString()}  ${line}`),
  });
  console.log([
    '',
    'Fake AgentHuman API -- a local test double of the contract, NOT the real service.',
    '',
    `  URL:        ${server.url}`,
    `  Demo key:   ${DEMO_API_KEY}    (account "demo", seed: ${args.seed})`,
    `  Other key:  ${OTHER_API_KEY}    (account "other")`,
    '',
    `  Try:  curl -H "x-api-key: ${DEMO_API_KEY}" ${server.url}/v1/links`,
    '',
    'Press Ctrl+C to stop.',
    '',
  ].join('\n'));

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: closing the fake server...`);
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`fake-api: failed to start: ${(e as Error).message}`);
    process.exit(1);
  });
}
