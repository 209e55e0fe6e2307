// What is entered to create a series and to edit its proposal categories.
import { z } from "zod";
import { listSchema, message, refuseDuplicates, idSchema, textSchema, titleSchema } from "./fields";

export const SERIES_LIMITS = { categories: 50 } as const;

export const categoryNameSchema = textSchema({ max: 200, required: true });

export const createSeriesSchema = z.object(
  {
    title: titleSchema,
    /** Omitted: the series starts with the ten default categories. */
    categories: listSchema(categoryNameSchema, SERIES_LIMITS.categories)
      .min(1, message("invalid.categories.empty"))
      .superRefine(refuseDuplicates<string>({ text: (name) => name, duplicateKey: "invalid.category.duplicate" }))
      .optional(),
  },
  message("invalid.value"),
);

/** The whole new list, in order: an item with an id renames (or keeps) that
 * category, one without adds a category, and a category left out is removed. */
export const editCategoriesSchema = z.object(
  {
    categories: listSchema(z.object({ id: idSchema.optional(), name: categoryNameSchema }, message("invalid.value")), SERIES_LIMITS.categories)
      .min(1, message("invalid.categories.empty"))
      .superRefine(
        refuseDuplicates<{ id?: string; name: string }>({
          text: (category) => category.name,
          textPath: "name",
          duplicateKey: "invalid.category.duplicate",
          id: (category) => category.id,
        }),
      ),
  },
  message("invalid.value"),
);

export type CreateSeriesInput = z.input<typeof createSeriesSchema>;
export type CreateSeriesFields = z.output<typeof createSeriesSchema>;
export type EditCategoriesInput = z.input<typeof editCategoriesSchema>;
export type EditCategoriesFields = z.output<typeof editCategoriesSchema>;
