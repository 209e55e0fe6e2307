// The session ordinals the report's header writes, from the library and as mended.
import { describe, expect, it } from "vitest";
import { persianOrdinal } from "./persian-ordinal";

describe("persianOrdinal", () => {
  it("writes the ordinals of a series' sessions in words", () => {
    expect(persianOrdinal(1)).toBe("یکم");
    expect(persianOrdinal(2)).toBe("دوم");
    expect(persianOrdinal(3)).toBe("سوم");
    expect(persianOrdinal(10)).toBe("دهم");
    expect(persianOrdinal(12)).toBe("دوازدهم");
    expect(persianOrdinal(21)).toBe("بیست و یکم");
    expect(persianOrdinal(23)).toBe("بیست و سوم");
    expect(persianOrdinal(100)).toBe("صدم");
    expect(persianOrdinal(333)).toBe("سیصد و سی و سوم");
  });

  it("joins -ام to thirty with a zero-width non-joiner, not a space and a damma", () => {
    expect(persianOrdinal(30)).toBe("سی\u200cام");
    expect(persianOrdinal(130)).toBe("صد و سی\u200cام");
    expect(persianOrdinal(1030)).toBe("هزار و سی\u200cام");
  });

  it("says a thousandth session as هزارم, not the fraction یک هزارم", () => {
    expect(persianOrdinal(1000)).toBe("هزارم");
    expect(persianOrdinal(1001)).toBe("هزار و یکم");
    expect(persianOrdinal(2000)).toBe("دو هزارم");
  });

  it("gives digits for what is not a positive whole number", () => {
    expect(persianOrdinal(0)).toBe("0");
    expect(persianOrdinal(-3)).toBe("-3");
    expect(persianOrdinal(2.5)).toBe("2.5");
  });
});
