/** The YAML glossary's shape, checked with zod. Cross-entity rules live in validate.ts. */
import type { z } from 'zod';
import { zod } from '../io/lazy-deps.ts';

function makeSchemas() {
  const z = zod();
  const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
  const perLocale = z.record(z.string(), oneOrMany);

  const variantSchema = z.union([
    z.string().min(1),
    z.strictObject({
      form: z.string().min(1),
      status: z.enum(['forbidden', 'admitted']).optional(),
      wrongIn: z.array(z.string()).min(1).optional(),
      origin: z.string().optional(),
      until: z.number().int().min(1000).max(2100).optional(),
    }),
  ]);

  const specSchema = z.strictObject({
    locale: z.string(),
    from: z.string().min(1),
    to: z.string().min(1),
  });

  /** Every field but the id is optional here: a layer may override only part of a shipped entity. */
  const entityInputSchema = z.strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lowercase ASCII letters and digits joined by "-"'),
    type: z.enum(['person', 'place', 'organisation', 'other']).optional(),
    gender: z.enum(['male', 'female']).optional(),
    description: z.string().min(1).optional(),
    native: perLocale.optional(),
    names: perLocale.optional(),
    short: perLocale.optional(),
    variants: z.array(variantSchema).optional(),
    notThisEntity: z.array(z.string().min(1)).optional(),
    specs: z.array(specSchema).optional(),
    sources: z.array(z.string().min(1)).optional(),
  });

  const glossaryFileSchema = z.array(entityInputSchema);
  return { variantSchema, specSchema, entityInputSchema, glossaryFileSchema };
}

let schemas: ReturnType<typeof makeSchemas> | undefined;
/** Built on first use: zod loads only when a glossary file is parsed (a stored index needs none). */
export const glossarySchemas = (): ReturnType<typeof makeSchemas> => (schemas ??= makeSchemas());

export type EntityInput = z.infer<ReturnType<typeof makeSchemas>['entityInputSchema']>;
