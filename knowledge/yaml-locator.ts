/**
 * Maps a path inside a parsed YAML document (`['entries', 3, 'id']`) to the line and column where
 * it was written, so every validation message can point at the exact spot.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A 1-based position in a file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Where a path was found: the deepest node reached and how many path segments it consumed. */
export interface LocatedPath extends SourcePosition {
  depth: number;
}

/** Looks up node positions in one parsed document. */
export class YamlLocator {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** Position of an absolute character offset. */
  at(offset: number): SourcePosition {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }

  /**
   * Position of the node at `path`, or of its deepest existing ancestor when the path runs out
   * (a missing key is reported where its map starts).
   */
  locate(path: readonly PropertyKey[]): LocatedPath {
    let node: unknown = this.doc.contents;
    let offset = rangeStart(node) ?? 0;
    let depth = 0;
    for (const segment of path) {
      const next = this.child(node, segment);
      if (next === undefined) break;
      node = next.node;
      offset = rangeStart(next.node) ?? next.keyOffset ?? offset;
      depth += 1;
    }
    return { ...this.at(offset), depth };
  }

  /** Position of a key inside the map at `mapPath` (for "unknown key" messages). */
  locateKey(mapPath: readonly PropertyKey[], key: string): SourcePosition {
    const map = this.nodeAt(mapPath);
    if (isMap(map)) {
      const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
      const start = pair === undefined ? undefined : rangeStart(pair.key);
      if (start !== undefined) return this.at(start);
    }
    return this.locate(mapPath);
  }

  private nodeAt(path: readonly PropertyKey[]): unknown {
    let node: unknown = this.doc.contents;
    for (const segment of path) {
      node = this.child(node, segment)?.node;
      if (node === undefined) return undefined;
    }
    return node;
  }

  private child(node: unknown, segment: PropertyKey): { node: unknown; keyOffset?: number } | undefined {
    if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      return item === undefined ? undefined : { node: item };
    }
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (pair === undefined) return undefined;
      // `key:` with no value has a null value node; fall back to the key's own position.
      return { node: pair.value, keyOffset: rangeStart(pair.key) };
    }
    return undefined;
  }
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range?.[0];
}
