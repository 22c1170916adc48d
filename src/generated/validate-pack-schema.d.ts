/** An error reported by the generated validator (ajv's error object). */
export interface GeneratedValidatorError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}
/** The pack-format validator, compiled ahead of time from rules/schemas/pack.schema.json. */
declare const validate: ((data: unknown) => boolean) & { errors?: GeneratedValidatorError[] | null };
export default validate;
