// Fails when src/ has an import cycle.
import madge from 'madge';
const res = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json', detectiveOptions: { ts: { skipTypeImports: true } } });
const cycles = res.circular();
if (cycles.length > 0) {
  console.error('import cycles in src/:');
  for (const c of cycles) console.error('  ' + c.join(' -> '));
  process.exit(1);
}
