import { parseArgs } from 'node:util';

// `npx lumbung <command>`. Only what a command needs is loaded: `iid` is a pure calculation and
// starts without the database code.
const dataCommands = ['create-admin', 'reset-password', 'seed-demo', 'backup', 'restore'];

const help = `Lumbung — perintah / commands

  npx lumbung create-admin --email E --name N --region KODE [--body "Bapperida …"] [--password P]
      Membuat admin (dan pemda bila belum ada) / create an admin (and the region if new).
      Tanpa --password, kata sandi acak dicetak / without --password a random one is printed.
  npx lumbung reset-password --email E [--password P]
      Mengganti kata sandi, membuka kunci, mengakhiri sesi / set a password, unlock, end sessions.
  npx lumbung seed-demo
      Mengisi pemda fiktif "Kabupaten Contoh" / fill the fictional demo region.
  npx lumbung backup [--out FILE]
      Satu berkas cadangan berisi semua baris dan berkas / one file with every row and file.
  npx lumbung restore FILE
      Memulihkan cadangan ke folder data kosong / restore a backup into an empty data folder.
  npx lumbung iid < input.json
      Menghitung IID dari JSON, tanpa basis data / compute the IID from JSON, no database.

Folder data: LUMBUNG_DATA_DIR (./data); PostgreSQL: DATABASE_URL.`;

export type CliArgs = ReturnType<typeof parse>;

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' }, region: { type: 'string' }, body: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parse(argv);
  } catch (err) {
    console.error((err as Error).message);
    return 64;
  }
  const name = args.positionals[0];
  if (name === 'iid' && !args.values.help) return (await import('./iid-command.js')).runIidCommand();
  if (!name || args.values.help || !(dataCommands.includes(name) || name === 'iid')) {
    console.log(help);
    return name && !dataCommands.includes(name) && name !== 'iid' ? 64 : 0;
  }
  return (await import('./cli-commands.js')).runDataCommand(name, args);
}

process.exitCode = await main(process.argv.slice(2));
