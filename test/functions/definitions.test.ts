// Every IKU.* definition (src/functions/definitions) as one unit: its examples are run through
// the custom function Excel calls, through `fungsi`, and through the plain-Excel rewrite of Siap
// kirim (evaluated by test/core/formulas/excelMini.ts over the example's cells), and must give
// the documented result; its parameters agree with its calculation; and everything made from
// the definitions (the catalogue, functions.json, the rewriter's list) names each one once.
class FakeError {
  constructor(readonly code: string) {}
}
(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
  Error: FakeError,
  associate: jest.fn(),
};

import * as fs from "fs";
import * as path from "path";
import { hasIkuCall } from "../../src/core/formulas";
import { parseA1, toA1 } from "../../src/core/grid";
import { definisi } from "../../src/functions/definisi";
import type { ArgumenContoh, Contoh, Definisi } from "../../src/functions/definisi";
import { DEFINISI } from "../../src/functions/definitions";
import { fungsi } from "../../src/functions/fungsi";
import { KATALOG } from "../../src/functions/katalog";
import { functionsJson } from "../../src/functions/metadata";
import { ARGUMEN_PER_SEL, DAFTAR_RUMUS, FUNGSI_IKU, toPlainFormula } from "../../src/functions/rumusBiasa";
import { bacaDari, Evaluator, tampil } from "../core/formulas/excelMini";
import type { Sheet } from "../core/formulas/excelMini";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { IKATAN } = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const contoh: Array<[string, number, Definisi, Contoh]> = DEFINISI.flatMap((d) =>
  d.contoh.map((c, i) => [d.nama, i + 1, d as Definisi, c] as [string, number, Definisi, Contoh]),
);

/** A documented result holds when the value rounds to it at the decimals written. */
function cocok(got: unknown, want: number | string): boolean {
  if (typeof want === "string") return got === want;
  if (typeof got !== "number") return false;
  const desimal = (String(want).split(".")[1] ?? "").length;
  return Math.abs(got - want) <= 0.5 * 10 ** -desimal + 1e-9;
}

const isRentang = (a: ArgumenContoh): a is Exclude<ArgumenContoh, number | string> => typeof a === "object";

/** The cells an example's ranges hold, as a test sheet. */
function lembar(c: Contoh): Sheet {
  const sheet: Sheet = {};
  for (const a of c.args.filter(isRentang)) {
    const awal = parseA1(a.rentang.split(":")[0] as string)!;
    a.nilai.forEach((row, i) => row.forEach((v, j) => (sheet[toA1(awal.row + i, awal.col + j)] = v)));
  }
  return sheet;
}

describe.each(contoh)("IKU.%s, example %i", (_nama, _i, d, c) => {
  it("gives the documented result through the custom function Excel calls", () => {
    const args = c.args.map((a, i) => {
      const jenis = d.parameter[i]?.jenis;
      if (isRentang(a)) return a.nilai;
      return jenis === "per-sel" || jenis === "deret" || jenis === "skala" ? [[a]] : a;
    });
    const out = IKATAN[d.nama as keyof typeof IKATAN](...args);
    const v = Array.isArray(out) ? out[0]?.[0] : out;
    expect({ got: v, cocok: cocok(v, c.hasil) }).toEqual({ got: v, cocok: true });
  });

  it("gives it through fungsi, on plain values", () => {
    const args = c.args.map((a, i) =>
      isRentang(a) ? (d.parameter[i]?.jenis === "deret" ? a.nilai.flat() : a.nilai[0]?.[0]) : a,
    );
    const v = (fungsi[d.nama as keyof typeof fungsi] as (...a: unknown[]) => unknown)(...args);
    expect({ got: v, cocok: cocok(v, c.hasil) }).toEqual({ got: v, cocok: true });
  });

  it("gives it through its plain-Excel rewrite (Siap kirim), with and without reading the cells", () => {
    const teks = c.args.map((a) =>
      typeof a === "number" ? String(a) : typeof a === "string" ? `"${a.replace(/"/g, '""')}"` : a.rentang,
    );
    const formula = `=IKU.${d.nama}(${teks.join(",")})`;
    const sheet = lembar(c);
    const dibaca = toPlainFormula(formula, { nilai: bacaDari(sheet) });
    if (!dibaca.ok) throw new Error(`${formula}: ${dibaca.reason.en}`);
    expect(hasIkuCall(dibaca.formula)).toBe(false);
    const v = new Evaluator(sheet).evaluate(dibaca.formula);
    expect({ formula: dibaca.formula, got: tampil(v), cocok: cocok(v, c.hasil) }).toEqual({
      formula: dibaca.formula,
      got: tampil(v),
      cocok: true,
    });
    // Without the cells' values the cells are taken to hold numbers and blanks.
    const angkaSaja = c.args
      .filter(isRentang)
      .every((a) => a.nilai.flat().every((x) => typeof x !== "string"));
    if (angkaSaja) {
      const r = toPlainFormula(formula);
      if (!r.ok) throw new Error(`${formula}: ${r.reason.en}`);
      expect(cocok(new Evaluator(sheet).evaluate(r.formula), c.hasil)).toBe(true);
    }
  });
});

describe("the definitions", () => {
  it.each(DEFINISI.map((d) => [d.nama, d as Definisi]))(
    "%s: parameters agree with the calculation",
    (_n, d) => {
      expect(d.hitung.length).toBe(d.parameter.length);
      // optional parameters come last, as Excel requires
      const opsional = d.parameter.map((p) => !!p.opsional);
      expect(opsional).toEqual([...opsional].sort((a, b) => Number(a) - Number(b)));
      expect(d.nama).toMatch(/^[A-Z]+$/);
      for (const p of d.parameter) {
        expect(p.nama).toMatch(/^[a-z][A-Za-z]*$/);
        expect(p.id).toMatch(/\w{3}/);
        expect(p.en).toMatch(/\w{3}/);
      }
      expect(d.doc.id).toMatch(/\w{3}/);
      expect(d.doc.en).toMatch(/\w{3}/);
    },
  );

  it("name each function once, and everything made from them follows", () => {
    const nama = DEFINISI.map((d) => d.nama);
    expect(new Set(nama).size).toBe(nama.length);
    expect(Object.keys(fungsi)).toEqual(nama);
    expect(Object.keys(IKATAN)).toEqual(nama);
    expect(KATALOG.map((k) => k.nama)).toEqual(nama);
    expect(FUNGSI_IKU).toEqual(nama);
    expect(Object.keys(DAFTAR_RUMUS)).toEqual(nama);
    expect(functionsJson(DEFINISI, "https://localhost:3000/").functions.map((f) => f.id)).toEqual(nama);
    expect(Object.keys(ARGUMEN_PER_SEL)).toEqual(nama);
  });

  it("cannot leave out the plain-Excel rewrite: a definition without `rumus` is a type error", () => {
    const tanpaRumus = {
      nama: "TANPA",
      parameter: [],
      doc: { excel: "x", id: "x", en: "x", hasil: { id: "x", en: "x" } },
      contoh: [{ args: [], hasil: 1 }],
      hitung: () => 1,
    } as const;
    // @ts-expect-error -- `rumus` is missing (tsc fails here if it ever becomes optional)
    expect(() => definisi(tanpaRumus)).not.toThrow();
  });

  it("are every file of src/functions/definitions, each listed once in its index", () => {
    const dir = path.join(__dirname, "..", "..", "src", "functions", "definitions");
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ts") && f !== "index.ts");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const dariBerkas = files.map((f) => (require(path.join(dir, f)) as { default: Definisi }).default.nama);
    expect([...dariBerkas].sort()).toEqual(DEFINISI.map((d) => d.nama).sort());
  });

  it("make the catalogue's syntax and first example in Indonesian and English Excel", () => {
    const k = KATALOG.find((x) => x.nama === "CAPAIAN")!;
    expect(k.sintaks).toBe("IKU.CAPAIAN(realisasi; target; [polaritas]; [metode])");
    expect(k.sintaksEn).toBe("IKU.CAPAIAN(realisasi, target, [polaritas], [metode])");
    expect(k.contoh).toBe('=IKU.CAPAIAN(0,39; 0,36; "negatif")');
    expect(k.contohEn).toBe('=IKU.CAPAIAN(0.39, 0.36, "negatif")');
    expect([k.hasil, k.hasilEn]).toEqual(["91,67", "91.67"]);
    const r = KATALOG.find((x) => x.nama === "RATAPERTUMBUHAN")!;
    expect(r.contoh).toBe("=IKU.RATAPERTUMBUHAN(C5:G5) dengan C5:G5 = {100; 110; 121; 133,1; 146,41}");
    expect(r.hasil).toBe("10");
  });
});
