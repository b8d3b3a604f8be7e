// The nomenclature list (src/core/nomenklatur) and the three rules that use it: code-unknown,
// code-renamed, code-name-mismatch. Only with a list; only on codes of a bidang the list covers.
import { bacaCsv, bacaNomenklatur } from "../../../src/core/nomenklatur";
import type { Nomenklatur } from "../../../src/core/nomenklatur";
import { codeNameMismatch } from "../../../src/core/rules/codeNameMismatch";
import { codeRenamed } from "../../../src/core/rules/codeRenamed";
import { codeUnknown } from "../../../src/core/rules/codeUnknown";
import type { CellValue } from "../../../src/core/grid";
import { findingsOf, ruleTester } from "../rules/ruleTester";
import type { SheetSpec } from "../rules/ruleTester";
import { daftarCsv, daftarUji } from "./daftarUji";

function daftar(): Nomenklatur {
  const h = bacaNomenklatur(daftarUji(), "nomenklatur-sipd.xlsx");
  if (!h.ok) throw new Error(h.pesan.en);
  return h.daftar;
}
const settings = { nomenklatur: daftar() };

// A Renja of a Dinas Sosial kabupaten: codes, names, targets, pagu.
function renja(rows: CellValue[][]): SheetSpec {
  return {
    name: "Renja 2026",
    rows: [
      ["RENCANA KERJA DINAS SOSIAL KABUPATEN CONTOH TAHUN 2026"],
      [
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        "Target 2026",
        "Pagu Indikatif 2026",
      ],
      ...rows,
    ],
  };
}
const baik: CellValue[][] = [
  ["1.06.04", "Program Rehabilitasi Sosial", "Persentase PMKS yang tertangani", 72, 1_900_000_000],
  ["1.06.04.2.01", "Kegiatan 1 Program 4 Kabupaten/Kota", "Jumlah dokumen", 4, 1_200_000_000],
  ["1.06.04.2.01.0003", "Sub Kegiatan 3 Kegiatan 1 Program 4", "Jumlah dokumen", 4, 1_200_000_000],
  [
    "1.06.04.2.06",
    "Rehabilitasi Sosial Penyandang Disabilitas Terlantar di Luar Panti",
    "Jumlah orang",
    40,
    700_000_000,
  ],
  ["1.06.04.2.06.0001", "Pemberian Bimbingan Fisik, Mental dan Sosial", "Jumlah orang", 40, 700_000_000],
];

describe("reading a nomenclature list", () => {
  it("reads codes, names, levels of government and the codes they replace", () => {
    const d = daftar();
    expect(d.entri.size).toBeGreaterThan(300);
    expect(d.entri.get("1.06.04.2.01.0003")?.nama).toBe("Sub Kegiatan 3 Kegiatan 1 Program 4");
    expect(d.entri.get("1.06.04.1.02")?.kewenangan).toBe("PROV");
    expect(d.lama.get("1.06.04.2.09")?.kode).toBe("1.06.04.2.06");
    expect([...d.bidang]).toEqual(["1.06"]);
  });

  it("reads the same list from CSV (semicolons, quotes, CRLF)", () => {
    const rows = bacaCsv(`\uFEFF${daftarCsv()}`);
    const h = bacaNomenklatur(rows, "nomenklatur.csv");
    expect(h.ok && h.daftar.entri.size).toBe(daftar().entri.size);
    expect(bacaCsv('a,"b, c",d\n"x ""y""",2,3')).toEqual([
      ["a", "b, c", "d"],
      ['x "y"', "2", "3"],
    ]);
  });

  it("says clearly when a file is no list", () => {
    const h = bacaNomenklatur(
      [
        ["Nama", "Alamat"],
        ["Budi", "Jl. Mawar"],
      ],
      "tamu.xlsx",
    );
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.pesan.id).toMatch(/tidak tampak seperti daftar nomenklatur.*"Kode"/);
  });
});

ruleTester(codeUnknown, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "every code in the list (a renamed one is code-renamed's)", sheets: [renja(baik)], settings },
    {
      name: "a bidang the list does not cover is not judged",
      sheets: [renja([["1.02.02", "Program Pemenuhan Upaya Kesehatan", "Persentase", 90, 5_000_000]])],
      settings,
    },
    { name: "no list, no judgement", sheets: [renja([...baik, ["1.06.04.2.01.0099", "X", "Y", 1, 2]])] },
  ],
  invalid: [
    {
      name: "a sub kegiatan numbered past the list",
      sheets: [renja([...baik, ["1.06.04.2.01.0009", "Sub Kegiatan 9", "Jumlah dokumen", 1, 50_000_000]])],
      settings,
      findings: [
        {
          sheet: "Renja 2026",
          cell: "A8",
          actual: "1.06.04.2.01.0009",
          messageId: "notInList",
          data: {
            level: { id: "Sub kegiatan", en: "Sub kegiatan" },
            code: "1.06.04.2.01.0009",
            source: "nomenklatur-sipd.xlsx",
          },
        },
      ],
    },
  ],
});

ruleTester(codeRenamed, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [{ name: "current codes", sheets: [renja(baik)], settings }],
  invalid: [
    {
      name: "a kegiatan code replaced by a later regulation",
      sheets: [
        renja([
          ...baik.slice(0, 3),
          [
            "1.06.04.2.09",
            "Rehabilitasi Sosial Penyandang Disabilitas Terlantar",
            "Jumlah orang",
            40,
            700_000_000,
          ],
          [
            "1.06.04.2.09.0001",
            "Pemberian Bimbingan Fisik, Mental dan Sosial",
            "Jumlah orang",
            40,
            700_000_000,
          ],
        ]),
      ],
      settings,
      findings: [
        {
          sheet: "Renja 2026",
          cell: "A6",
          expected: "1.06.04.2.06",
          actual: "1.06.04.2.09",
          messageId: "replaced",
          data: {
            code: "1.06.04.2.09",
            newCode: "1.06.04.2.06",
            source: "nomenklatur-sipd.xlsx",
            listRow: "369",
          },
          fix: { value: "1.06.04.2.06" },
        },
        {
          sheet: "Renja 2026",
          cell: "A7",
          expected: "1.06.04.2.06.0001",
          actual: "1.06.04.2.09.0001",
          messageId: "replaced",
          data: {
            code: "1.06.04.2.09.0001",
            newCode: "1.06.04.2.06.0001",
            newName: "Pemberian Bimbingan Fisik, Mental dan Sosial",
            source: "nomenklatur-sipd.xlsx",
            listRow: "370",
          },
          fix: { value: "1.06.04.2.06.0001" },
        },
      ],
    },
  ],
});

ruleTester(codeNameMismatch, {
  // its own test: every expected finding names its message
  requireMessageId: true,
  valid: [
    { name: "the official names, with or without 'Program', in any case", sheets: [renja(baik)], settings },
    {
      name: "a one-letter slip in a long word and other punctuation",
      sheets: [
        renja([
          ...baik.slice(0, 3),
          [
            "1.06.04.2.06",
            "Rehabilitasi Sosial Penyandang Disabilitas Terlantar di luar panti.",
            "Jumlah",
            40,
            700_000_000,
          ],
          [
            "1.06.04.2.06.0001",
            "Pemberian Bimbingan Fisik, Mentall, dan Sosial",
            "Jumlah orang",
            40,
            700_000_000,
          ],
        ]),
      ],
      settings,
    },
  ],
  invalid: [
    {
      name: "another name than the official one",
      sheets: [
        renja([
          ...baik.slice(0, 4),
          ["1.06.04.2.06.0001", "Pemberian Bantuan Alat Bantu Disabilitas", "Jumlah orang", 40, 700_000_000],
        ]),
      ],
      settings,
      findings: [
        {
          sheet: "Renja 2026",
          cell: "B7",
          expected: "Pemberian Bimbingan Fisik, Mental dan Sosial",
          actual: "Pemberian Bantuan Alat Bantu Disabilitas",
          messageId: "notOfficialName",
          data: {
            code: "1.06.04.2.06.0001",
            name: "Pemberian Bantuan Alat Bantu Disabilitas",
            source: "nomenklatur-sipd.xlsx",
            listRow: "370",
            officialName: "Pemberian Bimbingan Fisik, Mental dan Sosial",
          },
        },
      ],
    },
  ],
});

describe("a 10 000-row list", () => {
  it("loads and checks a 2 000-row table (its time is measured by npm run bench)", () => {
    const rows: string[][] = [["Kode", "Nomenklatur"]];
    for (let p = 1; p <= 9; p++) {
      const pk = `1.06.${String(p).padStart(2, "0")}`;
      rows.push([pk, `Program ${p}`]);
      for (let k = 1; k <= 12; k++) {
        const kk = `${pk}.2.${String(k).padStart(2, "0")}`;
        rows.push([kk, `Kegiatan ${k}`]);
        for (let s = 1; s <= 92; s++) rows.push([`${kk}.${String(s).padStart(4, "0")}`, `Sub ${s}`]);
      }
    }
    expect(rows.length).toBeGreaterThan(10_000);
    const h = bacaNomenklatur(rows, "besar.csv");
    if (!h.ok) throw new Error(h.pesan.en);
    const table: CellValue[][] = [
      ["1.06.01", "Program 1", "Persentase", 1, 1],
      ["1.06.01.2.01", "Kegiatan 1", "Jumlah", 1, 1],
    ];
    for (let i = 0; i < 2000; i++)
      table.push([
        `1.06.01.2.01.${String((i % 100) + 1).padStart(4, "0")}`,
        `Sub ${(i % 100) + 1}`,
        "Jumlah",
        1,
        1,
      ]);
    const found = findingsOf(codeUnknown, [renja(table)], { nomenklatur: h.daftar });
    // sub kegiatan 0093-0100 are not in the list: 8 of every 100 rows
    expect(found.length).toBe(160);
  });
});
