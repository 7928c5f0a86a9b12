// Fixed-size sets of small integers (the index's document slots) as 32-bit words: the facet
// counts of a search are intersections and population counts of these, a few microseconds
// each at 100,000 documents, instead of a join over every match.

export class Bitset {
  words: Uint32Array

  constructor(capacity: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array(Math.ceil(Math.max(capacity, 1) / 32))
  }

  static of(capacity: number, slots: Iterable<number>): Bitset {
    const set = new Bitset(capacity)
    for (const slot of slots) set.add(slot)
    return set
  }

  get capacity(): number {
    return this.words.length * 32
  }

  /** A copy with room for at least `capacity` slots. */
  grown(capacity: number): Bitset {
    if (capacity <= this.capacity) return this
    const words = new Uint32Array(Math.ceil(capacity / 32) * 2)
    words.set(this.words)
    return new Bitset(0, words)
  }

  add(slot: number): void {
    this.words[slot >>> 5]! |= 1 << (slot & 31)
  }

  delete(slot: number): void {
    this.words[slot >>> 5]! &= ~(1 << (slot & 31))
  }

  has(slot: number): boolean {
    return (this.words[slot >>> 5]! & (1 << (slot & 31))) !== 0
  }

  clone(): Bitset {
    return new Bitset(0, this.words.slice())
  }

  /** this &= other (missing words of a shorter set count as empty). */
  and(other: Bitset): this {
    const a = this.words
    const b = other.words
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) a[i]! &= b[i]!
    a.fill(0, n)
    return this
  }

  or(other: Bitset): this {
    const a = this.words
    const b = other.words
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) a[i]! |= b[i]!
    return this
  }

  andNot(other: Bitset): this {
    const a = this.words
    const b = other.words
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) a[i]! &= ~b[i]!
    return this
  }

  count(): number {
    let total = 0
    const a = this.words
    for (let i = 0; i < a.length; i++) total += popcount(a[i]!)
    return total
  }

  /** |this ∩ other| without building it. */
  countAnd(other: Bitset): number {
    let total = 0
    const a = this.words
    const b = other.words
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) {
      const word = a[i]! & b[i]!
      if (word) total += popcount(word)
    }
    return total
  }

  /** Calls `visit` for every member, in increasing order. */
  forEach(visit: (slot: number) => void): void {
    const a = this.words
    for (let i = 0; i < a.length; i++) {
      let word = a[i]!
      while (word) {
        const low = word & -word
        visit((i << 5) + 31 - Math.clz32(low))
        word ^= low
      }
    }
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555)
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333)
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}
