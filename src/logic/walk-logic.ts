import type { Logic } from "../types.js";

/** One operator application found in a rule. */
export interface OperatorNode {
  /** The operator. */
  op: string;
  /** Its arguments, as written. */
  args: unknown;
  /** JSON pointer of the operator object. */
  path: string;
  /** Number of keys of the object (a valid logic object has exactly one). */
  keyCount: number;
}

/** Visits every object in a rule without recursion (the depth of untrusted rules is checked separately). */
export function walkLogic(logic: Logic, basePath: string, visit: (node: OperatorNode) => void): void {
  const stack: [unknown, string][] = [[logic, basePath]];
  while (stack.length > 0) {
    const [node, path] = stack.pop() as [unknown, string];
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, `${path}/${i}`]));
    } else if (node !== null && typeof node === "object") {
      const keys = Object.keys(node);
      const op = keys[0] ?? "";
      const args = (node as Record<string, unknown>)[op];
      visit({ op, args, path, keyCount: keys.length });
      for (const key of keys) stack.push([(node as Record<string, unknown>)[key], `${path}/${escapePointer(key)}`]);
    }
  }
}

/** Escapes a key for a JSON pointer (RFC 6901). */
export function escapePointer(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The key a JSON-pointer segment names (`a~1b` is `a/b`). */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
