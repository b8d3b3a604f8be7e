import { angka } from "../../../src/core/indicators";
import { expectGagal } from "./bantu";

describe("angka", () => {
  it.each<[unknown, number]>([
    ["11.653", 11653],
    ["6,12", 6.12],
    ["2.161.905.000", 2161905000],
    ["Rp 2.161.905.000", 2161905000],
    ["A (84,35)", 84.35],
    ["0,24*)", 0.24],
    ["1.092", 1092],
    [12.5, 12.5],
  ])("%j -> %d", (teks, value) => {
    expect(angka(teks)).toEqual({ ok: true, value });
  });

  it("keeps percent text in points and says so", () => {
    expect(angka("12,5%")).toEqual({ ok: true, value: 12.5, metode: "persen" });
  });

  it("switches decimal mode on request", () => {
    expect(angka("1,234.56", "en")).toEqual({ ok: true, value: 1234.56 });
    expect(angka("1.092", "en")).toEqual({ ok: true, value: 1.092 });
    expect(angka("1,234.56", "auto")).toEqual({ ok: true, value: 1234.56 });
    expect(angka("1.092", "Inggris" as never)).toEqual({ ok: true, value: 1.092 });
    expectGagal(angka("1", "fr" as never), "nilai");
  });

  it.each<[string, unknown, string]>([
    ["blank", "", "kosong"],
    ["null", null, "kosong"],
    ["dash", "-", "tidak-tersedia"],
    ["NA", "NA", "tidak-tersedia"],
    ["text", "sebelas", "nilai"],
    ["boolean", true, "nilai"],
    ["NaN", NaN, "nilai"],
    ["#REF!", "#REF!", "nilai"],
    ["ambiguous separators", "1,234.56", "nilai"],
  ])("%s", (_case, teks, error) => {
    expectGagal(angka(teks), error);
  });

  it("explains an Excel error as such", () => {
    const h = angka("#REF!");
    if (!h.ok && h.error !== "kosong") expect(h.pesan.id).toContain("galat Excel #REF!");
    else throw new Error("expected an error");
  });
});
