// Control characters nobody types (C0 but tab, line feed and carriage return;
// DEL) are dropped from every text people type: PostgreSQL refuses U+0000 in
// text, and a stray one breaks a CSV cell or a Word file.
import { describe, expect, it } from "vitest";
import { textSchema, userTextSchema } from "./fields";

describe("text people type", () => {
  it("keeps no control character but tab and line breaks", () => {
    expect(userTextSchema().parse("نشست\u0000 ماهانه\u0007\u001f\u007f\tو\nپاسخ\r")).toBe("نشست ماهانه\tو\nپاسخ\r");
  });

  it("is stored without them", () => {
    expect(textSchema({ max: 100, required: true }).parse("\u0000عنوان\u0000")).toBe("عنوان");
  });
});
