// Lets size-limit 14 run on Node 20 (the package's `engines` allow >=20.19; size-limit itself asks
// for 22): preloaded with `node --import ./bench/lib/node20.mjs node_modules/size-limit/bin.js`.
// On a Node that has `fs/promises.glob` and `Array.fromAsync`, it does nothing.
//
// Node 20 lacks two things size-limit uses: `Array.fromAsync` (polyfilled below) and
// `glob` from `node:fs/promises` (size-limit's only glob is its config's `path` list). The glob
// given here covers what `.size-limit.cjs` passes: plain file paths, and the `<path>/**` sibling
// size-limit adds to every pattern (all files under a directory). Any other pattern throws, so a
// config that needs a real glob fails loudly instead of measuring the wrong files.
import { promises as fsp } from 'node:fs';
import { register } from 'node:module';

if (typeof Array.fromAsync !== 'function') {
  Object.defineProperty(Array, 'fromAsync', {
    configurable: true,
    writable: true,
    value: async function fromAsync(items) {
      const out = [];
      for await (const item of items) out.push(item);
      return out;
    },
  });
}

if (typeof fsp.glob !== 'function') {
  register(new URL('./node20-hooks.mjs', import.meta.url));
}
