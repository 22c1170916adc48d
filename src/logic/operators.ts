/**
 * The operators a rule may use. Each costs time linear in the size of its arguments; none iterates over data
 * (`map`, `filter`, `reduce`, `all`, `some`, `none`, `merge` are left out), none has side effects (`log`).
 */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  "var", "missing", "missing_some",
  "if", "?:", "and", "or", "!", "!!",
  "==", "===", "!=", "!==", ">", ">=", "<", "<=",
  "+", "-", "*", "/", "%", "min", "max",
  "cat", "substr", "in",
]);

/** Operators that read variables: their paths must be literal names. */
export const VARIABLE_OPERATORS: ReadonlySet<string> = new Set(["var", "missing", "missing_some"]);
