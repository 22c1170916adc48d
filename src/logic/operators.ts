/**
 * The operators a rule may use. Each costs time linear in the size of its arguments, and none returns a value larger
 * than its largest argument: none iterates over data (`map`, `filter`, `reduce`, `all`, `some`, `none`, `merge` are
 * left out), none has side effects (`log`), and none concatenates (`cat` is left out: a 470 KB rule joining a report's
 * 4 000-character note 32 000 times builds a 256 MB string). See docs/security.md.
 */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  "var", "missing", "missing_some",
  "if", "?:", "and", "or", "!", "!!",
  "==", "===", "!=", "!==", ">", ">=", "<", "<=",
  "+", "-", "*", "/", "%", "min", "max",
  "substr", "in",
]);

/**
 * Fewest arguments an operator needs to mean anything. json-logic-js's `*` with no argument throws a TypeError (it
 * reduces an empty list without an initial value), and so would the compiled engine (found by the fuzz tests). A
 * comparison, a division, a remainder or `in` with one argument compares or divides by nothing: `{">=": [x]}` is
 * always false, a rule whose threshold was forgotten; the pack checker refuses it rather than let it fail silently.
 */
export const MIN_ARGUMENTS: Readonly<Record<string, number>> = Object.freeze({
  "*": 1,
  "==": 2, "===": 2, "!=": 2, "!==": 2, ">": 2, ">=": 2, "<": 2, "<=": 2,
  "/": 2, "%": 2, in: 2,
});

/**
 * Most arguments an operator reads. json-logic-js ignores the others (`{">=": [a, b, 5]}` tests a ≥ b only), so a rule
 * holding more says what it does not compute — and would be explained as a chain "a ≥ b ≥ 5" —: the pack checker
 * refuses it. `<` and `<=` read three (`{"<": [0, x, 1]}`: x between 0 and 1).
 */
export const MAX_ARGUMENTS: Readonly<Record<string, number>> = Object.freeze({
  var: 2, missing_some: 2,
  "?:": 3, "!": 1, "!!": 1,
  "==": 2, "===": 2, "!=": 2, "!==": 2, ">": 2, ">=": 2, "<": 3, "<=": 3,
  "-": 2, "/": 2, "%": 2, substr: 3, in: 2,
});

/** Operators that read variables: their paths must be literal names. */
export const VARIABLE_OPERATORS: ReadonlySet<string> = new Set(["var", "missing", "missing_some"]);
