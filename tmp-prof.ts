import { generateSeed } from './src/emulator/seed.js';
for (const scale of ['demo','bench'] as const) {
const t0 = performance.now();
generateSeed({ seed: 1, scale, anchorMs: Date.UTC(2026, 11, 4) });
console.log(scale, performance.now() - t0);
}
