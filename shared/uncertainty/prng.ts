// The uncertainty draws' random numbers (DESIGN §9): seeded, so that the same plan, scenario,
// seed and number of draws give the same numbers on every machine, in Node and in the browser.
//
// The generator is sfc32, Chris Doty-Humphrey's "Small Fast Chaotic" generator from PractRand:
// 128 bits of state, of which 32 are a counter, so every stream has a period of at least 2³²
// (2¹²⁷ on average); it passes PractRand and TestU01's BigCrush. That is far more than a Monte
// Carlo of some thousand draws of a few thousand actions asks (it consumes 4 numbers per action
// and draw). It uses nothing but 32-bit integer additions, xors and shifts, which JavaScript
// defines exactly, so it gives the same bits on every engine and platform; a uniform is those 32
// bits divided by 2³², also exact. (Math.random cannot be seeded; a floating-point generator
// could round differently across platforms.)
//
// Every action has its own stream, seeded from the run's seed and a 64-bit hash of the action's
// id (cyrb53's mixing, by bryc, public domain), not from its position: adding, removing or
// editing one action leaves every other action's draws as they were, so the fan chart moves by
// what the edit changed and not by a reshuffle of everything's luck.

/**
 * Streams, four 32-bit words of sfc32 state each, side by side in one array. Signed words: V8
 * keeps them as small integers, where unsigned ones above 2³¹ would become doubles.
 */
export type Streams = Int32Array;

const TWO_TO_32 = 4294967296;
/** Outputs thrown away after seeding, as PractRand's author advises, so that similar seeds part. */
const WARM_UP = 16;

/** One stream per key (action id), seeded from `seed` (a whole number 0 – 2³² − 1). */
export function seedStreams(seed: number, keys: readonly string[]): Streams {
  const streams = new Int32Array(keys.length * 4);
  for (let k = 0; k < keys.length; k++) {
    const [h1, h2] = hash64(keys[k]);
    const at = k * 4;
    streams[at] = seed | 0;
    streams[at + 1] = h1;
    streams[at + 2] = h2;
    streams[at + 3] = 1;
    for (let i = 0; i < WARM_UP; i++) nextUint32(streams, at);
  }
  return streams;
}

/** The next 32 random bits of the stream whose state starts at `at`, as 0 … 2³² − 1. */
export function nextUint32(s: Streams, at: number): number {
  const a = s[at];
  const b = s[at + 1];
  const c = s[at + 2];
  const d = s[at + 3];
  const t = (((a + b) | 0) + d) | 0;
  s[at + 3] = (d + 1) | 0;
  s[at] = b ^ (b >>> 9);
  s[at + 1] = (c + (c << 3)) | 0;
  s[at + 2] = (((c << 21) | (c >>> 11)) + t) | 0;
  return t >>> 0;
}

/** A uniform number in [0, 1) with 32 random bits. */
export function nextUniform(s: Streams, at: number): number {
  return nextUint32(s, at) / TWO_TO_32;
}

/** Two independent 32-bit hashes of a string (cyrb53's mixing, both halves kept). */
export function hash64(text: string): [number, number] {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}
