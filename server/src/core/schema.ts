// The compiled JSON Schemas of the OKR format and of okr.config.yaml.
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import okrSchema from '../../../schemas/okr.schema.json';
import configSchema from '../../../schemas/okr-config.schema.json';

// verbose: errors carry their parentSchema, whose title names the thing ("a key result").
function compile(schema: object): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: false, allowUnionTypes: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

let okr: ValidateFunction | undefined;
let config: ValidateFunction | undefined;

/** The validator of `*.okr.yaml` files, compiled on first use (keeps start-up fast). */
export function okrValidator(): ValidateFunction {
  return (okr ??= compile(okrSchema));
}

/** The validator of `okr.config.yaml`. */
export function configValidator(): ValidateFunction {
  return (config ??= compile(configSchema));
}

export { okrSchema, configSchema };
