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

/** Operators that read variables: their paths must be literal names. */
export const VARIABLE_OPERATORS: ReadonlySet<string> = new Set(["var", "missing", "missing_some"]);
