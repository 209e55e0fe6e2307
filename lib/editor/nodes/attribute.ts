// A node attribute kept in the document and in HTML as data-<name>.
import type { Attribute } from "@tiptap/core";

/** The HTML attribute that holds a node attribute: `dueDate` → `data-due-date`. */
export const dataAttributeName = (name: string): string => `data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export function dataAttribute(name: string, fallback: string | boolean | null = null): Attribute {
  const htmlName = dataAttributeName(name);
  return {
    default: fallback,
    parseHTML: (element) => {
      const value = element.getAttribute(htmlName);
      if (typeof fallback === "boolean") return value === "true";
      return value ?? fallback;
    },
    renderHTML: (attributes) => {
      const value: unknown = attributes[name];
      return value === null || value === undefined || value === false ? {} : { [htmlName]: String(value) };
    },
  };
}
