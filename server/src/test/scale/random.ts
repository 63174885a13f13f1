// A small seeded random source, so that every scale run (and the demo data) comes out the same:
// record i is a function of (seed, kind, i) alone, which lets a bigger run add only the difference.

/** 32-bit mix of a string (FNV-1a), then of numbers (murmur3's finalizer). */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number): number {
  let x = h >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export type Random = {
  /** [0, 1) */
  next(): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** true with probability p. */
  chance(p: number): boolean;
  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One element, by weight (a cumulative table from `weighted`). */
  pickWeighted<T>(table: WeightedTable<T>): T;
};

/** sfc32 (Chris Doty-Humphrey's small fast counter), seeded from (seed, kind, index). */
export function randomFor(seed: string, kind: string, index: number): Random {
  let a = hashString(`${seed}:${kind}`);
  let b = mix(index ^ 0x9e3779b9);
  let c = mix(Math.floor(index / 0x100000000) + a);
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
    pickWeighted: (table) => {
      const target = next() * table.total;
      let low = 0;
      let high = table.cumulative.length - 1;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((table.cumulative[middle] ?? 0) > target) high = middle;
        else low = middle + 1;
      }
      return table.items[low] as (typeof table.items)[number];
    },
  };
  return random;
}

export type WeightedTable<T> = { items: readonly T[]; cumulative: number[]; total: number };

/** A table to draw from by weight (binary search over the running totals). */
export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of entries) {
    total += weight;
    cumulative.push(total);
  }
  return { items: entries.map(([item]) => item), cumulative, total };
}

/**
 * A UUID (version 4 layout) made of the seed's randomness: the same record gets the same id on every
 * run, yet ids look like any other in a URL.
 */
export function seededUuid(random: Random): string {
  const hex = (n: number) =>
    Math.floor(random.next() * 16 ** n)
      .toString(16)
      .padStart(n, "0");
  const variant = (8 + Math.floor(random.next() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(6)}${hex(6)}`;
}
