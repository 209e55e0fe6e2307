import { describe, expect, it } from "vitest";
import { acceptedLocale } from "./accept-language";

describe("acceptedLocale", () => {
  it("takes the first of Kateb's languages by weight", () => {
    expect(acceptedLocale("en-GB,en;q=0.9")).toBe("en");
    expect(acceptedLocale("fa-IR,fa;q=0.9,en;q=0.8")).toBe("fa");
    expect(acceptedLocale("de-DE,en;q=0.5,fa;q=0.7")).toBe("fa");
    expect(acceptedLocale("fa;q=0.2, EN")).toBe("en");
  });

  it("answers null when none is asked for, or only with weight 0", () => {
    expect(acceptedLocale(null)).toBeNull();
    expect(acceptedLocale("")).toBeNull();
    expect(acceptedLocale("de, fr;q=0.8")).toBeNull();
    expect(acceptedLocale("en;q=0")).toBeNull();
    expect(acceptedLocale("*")).toBeNull();
  });
});
