// What forms-blind165 .. 168 taught (transmigration, infectious diseases, spatial planning and
// inflation, maternal health): a note's short names in capitals ("IR DBD", "API") name the rows
// whose words they are the initials of; finding cases ("notifikasi kasus") is the work, more is
// better; "Perubahan yoy (%)" is a growth; a price observed in a recap is offered as realised and the
// growth beside two years of it is the newer's; a year written with its ordinal ("2025 (Tahun ke-1)")
// under a group heading typed once is a header row.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an LKjIP whose note names its lower-is-better rows by their initials (forms-blind166)", () => {
  const spec: SheetSpec = {
    name: "Tabel 3.1 P2PM",
    rows: [
      ["Tabel 3.1 Pengukuran Capaian Kinerja Bidang P2P Tahun 2024"],
      [],
      ["No.", "Indikator Kinerja", "Satuan", "Target", "Realisasi", "Capaian (%)"],
      [1, "Angka keberhasilan pengobatan TB (treatment success rate)", "%", 90, 86.4, 96],
      [2, "Angka notifikasi kasus TB (case notification rate)", "per 100.000 penduduk", 180, 149.4, 83],
      [3, "Annual Parasite Incidence (API) malaria", "per 1.000 penduduk", 1, 0.8, 80],
      [4, "Incidence rate DBD", "per 100.000 penduduk", 49, 38.5, 121.43],
      [5, "Case fatality rate (CFR) DBD", "%", 1, 0.72, 128],
      [],
      [
        "Keterangan: API, IR DBD dan CFR DBD semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
      ],
    ],
    formulas: {
      F4: "ROUND(E4/D4*100,2)",
      F5: "ROUND(E5/D5*100,2)",
      F6: "ROUND(E6/D6*100,2)",
      F7: "ROUND((2*D7-E7)/D7*100,2)",
      F8: "ROUND((2*D8-E8)/D8*100,2)",
    },
  };

  it("names the API's R / T, and neither the IR DBD's refleksi nor the case notification rate", () => {
    const found = foundOn(spec);
    expect(found).toContainEqual(["capaian-mismatch", "F6"]);
    expect(found.filter(([, cell]) => cell !== "F6")).toEqual([]);
  });

  it("reads finding cases as more-is-better", () => {
    expect(polaritasDariTeks("Angka notifikasi kasus TB (case notification rate)")?.polaritas).toBe(
      "positif",
    );
    expect(polaritasDariTeks("Jumlah kasus DBD")?.polaritas).toBe("negatif");
  });
});

describe("a monthly price table of two regions side by side (forms-blind167)", () => {
  it("is two tables, prices offered as realised and the year-on-year change the newer year's", () => {
    expect(classifyHeader(["Perubahan yoy (%)"]).role).toBe("pertumbuhan");
    const bulan = ["Januari", "Februari", "Maret", "April"];
    const harga = [
      [11250, 13100, 12800, 14300],
      [11400, 13550, 12900, 14650],
      [11600, 14200, 13100, 15300],
      [11500, 13900, 13050, 15150],
    ];
    const tables = detectTables(
      sheet({
        name: "Harga Beras 2024",
        rows: [
          ["PERKEMBANGAN HARGA RATA-RATA BERAS MEDIUM TAHUN 2024 DIBANDINGKAN TAHUN 2023"],
          [],
          [
            "Bulan",
            "Harga Rata-rata (Rp/kg)",
            null,
            "Perubahan yoy (%)",
            null,
            "Bulan",
            "Harga Rata-rata (Rp/kg)",
            null,
            "Perubahan yoy (%)",
          ],
          ["Bulan", 2023, 2024, "Perubahan yoy (%)", null, "Bulan", 2023, 2024, "Perubahan yoy (%)"],
          ...bulan.map((b, i) => {
            const [a, c, d, e] = harga[i];
            const yoy = (x: number, y: number) => Math.round(((y - x) / x) * 10000) / 100;
            return [b, a, c, yoy(a, c), null, b, d, e, yoy(d, e)];
          }),
        ],
        merges: ["A3:A4", "B3:C3", "D3:D4", "F3:F4", "G3:H3", "I3:I4"],
      }),
    );
    expect(tables).toHaveLength(2);
    for (const t of tables) {
      const [b, c] = t.columns.filter((x) => x.tebakan?.role === "realisasi");
      expect([b?.tebakan?.year, c?.tebakan?.year]).toEqual([2023, 2024]);
      expect(t.columns.find((x) => x.role === "pertumbuhan")?.year).toBe(2024);
    }
  });
});

describe("a T-C.27 whose group heading is typed once over '2025 (Tahun ke-1)' (forms-blind168)", () => {
  it("reads its three header rows as one header", () => {
    const tahun = [2025, 2026, 2027];
    const [t, ...rest] = detectTables(
      sheet({
        name: "T-C.27",
        rows: [
          ["Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan"],
          [],
          [
            "Kode",
            "Program / Kegiatan",
            "Indikator Kinerja",
            "Satuan",
            "Target Kinerja Program dan Kerangka Pendanaan",
            null,
            null,
            null,
            null,
            null,
            "Unit Kerja PD Penanggung Jawab",
          ],
          [null, null, null, null, ...tahun.flatMap((y, i) => [`${y} (Tahun ke-${i + 1})`, null])],
          [null, null, null, null, ...tahun.flatMap(() => ["Target", "Rp"])],
          [
            "1.02.02",
            "Program Pemenuhan Upaya Kesehatan",
            "Angka kematian ibu",
            "per 100.000 KH",
            108,
            1677500,
            104,
            1743900,
            100,
            1803000,
            "Bidang Kesmas",
          ],
          [
            "1.02.02.2.02",
            "Penyediaan Layanan Kesehatan",
            "Persentase bayi dengan ASI eksklusif",
            "%",
            70,
            1677500,
            72,
            1743900,
            74,
            1803000,
            "Bidang Kesmas",
          ],
        ],
      }),
    );
    expect(rest).toEqual([]);
    expect(t.dataRange).toEqual({ r1: 6, c1: 1, r2: 7, c2: 11 });
    expect(t.columns.filter((c) => c.role === "target").map((c) => c.year)).toEqual(tahun);
  });
});
