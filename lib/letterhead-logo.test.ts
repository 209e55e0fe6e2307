// A logo is what its bytes say: PNG and JPEG are read for their size; SVG,
// GIF, text named .png, an empty or too large file, and absurd sizes are
// refused with the sentence for each.
import { describe, expect, it } from "vitest";
import { jpegHead, pngImage } from "@/tests/helpers/images";
import { inspectLogo, LOGO_MAX_BYTES } from "./letterhead-logo";

describe("inspectLogo", () => {
  it("reads a PNG's and a JPEG's type and size from their bytes", () => {
    expect(inspectLogo(pngImage(120, 48))).toEqual({ mime: "image/png", width: 120, height: 48 });
    expect(inspectLogo(jpegHead(640, 200))).toEqual({ mime: "image/jpeg", width: 640, height: 200 });
  });

  it("refuses what is not a PNG or a JPEG, whatever its name", () => {
    const svg = new TextEncoder().encode(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`);
    const gif = new TextEncoder().encode("GIF89a\u0001\u0000\u0001\u0000");
    for (const bytes of [svg, gif, new TextEncoder().encode("not an image at all"), pngImage(4, 4).subarray(0, 20), jpegHead(10, 10).subarray(0, 12)]) {
      expect(inspectLogo(bytes)).toEqual({ problem: "invalid.logo.notImage" });
    }
  });

  it("refuses an empty file, one over 1 MiB, and sizes of 0 or over 4096 pixels", () => {
    expect(inspectLogo(new Uint8Array())).toEqual({ problem: "invalid.logo.empty" });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(pngImage(2, 2));
    expect(inspectLogo(big)).toEqual({ problem: "invalid.logo.tooLarge" });
    expect(inspectLogo(jpegHead(5000, 100))).toEqual({ problem: "invalid.logo.dimensions" });
    expect(inspectLogo(jpegHead(100, 0))).toEqual({ problem: "invalid.logo.dimensions" });
  });
});
