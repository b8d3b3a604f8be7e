// A kecamatan recap of a BPBD in NTB: desa rawan bencana, Desa Tangguh Bencana and the logistics
// budget per kecamatan, with a TOTAL whose percentages are ratios of the totals. All invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Row } from "../forms/kit";

export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-risiko-logistik-kecamatan-bpbd-lombok-utara-raya-b134.xlsx",
    "Rekap risiko bencana dan logistik per kecamatan (BPBD 2024)",
    "Recap per kecamatan of a BPBD in NTB, 2024: No | Kecamatan | Jumlah Desa | Desa Rawan Bencana | Desa Tangguh Bencana | % Destana '(6) = (5)/(4) x 100' | Kelas Risiko | 'Dukungan Logistik Kebencanaan (Rp)' > Pagu | Realisasi | Serapan (%) '(10) = (9)/(8) x 100'; number row; TOTAL row",
  );
  const S = "Rekap Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LOMBOK UTARA RAYA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines([
    "REKAPITULASI DESA RAWAN BENCANA, DESA TANGGUH BENCANA DAN DUKUNGAN LOGISTIK PER KECAMATAN",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const kec = [
    {
      id: "k1",
      nm: "Bayan Raya",
      desa: 11,
      rawan: 9,
      destana: 4,
      kelas: "Tinggi",
      pagu: 245_000_000,
      real: 231_650_000,
    },
    {
      id: "k2",
      nm: "Kayangan Timur",
      desa: 10,
      rawan: 8,
      destana: 8,
      kelas: "Tinggi",
      pagu: 210_000_000,
      real: 210_000_000,
    },
    {
      id: "k3",
      nm: "Gangga Baru",
      desa: 8,
      rawan: 6,
      destana: 3,
      kelas: "Sedang",
      pagu: 185_000_000,
      real: 192_750_000,
    },
    {
      id: "k4",
      nm: "Tanjung Sire",
      desa: 9,
      rawan: 5,
      destana: 2,
      kelas: "Sedang",
      pagu: 160_000_000,
      real: 143_280_000,
    },
    {
      id: "k5",
      nm: "Pemenang Barat",
      desa: 7,
      rawan: 7,
      destana: 5,
      kelas: "Tinggi",
      pagu: 230_000_000,
      real: 221_400_000,
    },
    {
      id: "k6",
      nm: "Santong Mulia",
      desa: 6,
      rawan: 3,
      destana: 1,
      kelas: "Rendah",
      pagu: 95_000_000,
      real: 88_350_000,
    },
  ];
  const G = "Dukungan Logistik Kebencanaan (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "desa", head: ["Jumlah Desa"], num: "(3)", width: 9 },
      { key: "rawan", head: ["Desa Rawan Bencana"], num: "(4)", width: 10 },
      { key: "dest", head: ["Desa Tangguh Bencana (Destana)"], num: "(5)", width: 11 },
      { key: "pct", head: ["% Destana thd Desa Rawan"], num: "(6) = (5)/(4) x 100", fmt: DEC, width: 11 },
      { key: "kelas", head: ["Kelas Risiko (KRB)"], num: "(7)", width: 10 },
      { key: "pagu", head: [G, "Pagu"], role: "anggaran", year: 2024, num: "(8)", fmt: RP, width: 15 },
      {
        key: "real",
        head: [G, "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(9)",
        fmt: RP,
        width: 15,
      },
      {
        key: "ser",
        head: [G, "Serapan (%)"],
        role: "capaian",
        year: 2024,
        num: "(10) = (9)/(8) x 100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          desa: k.desa,
          rawan: k.rawan,
          dest: k.destana,
          // planted: Tanjung Sire divides by the Jumlah Desa (3) instead of the desa rawan (4)
          pct: fx(`ROUND(${c.a("dest")}/${c.a(k.id === "k4" ? "desa" : "rawan")}*100,2)`),
          kelas: k.kelas,
          pagu: k.pagu,
          real: k.real,
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "TOTAL" };
          for (const k of ["desa", "rawan", "dest", "pagu", "real"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.pct = fx(`ROUND(${c.a("dest")}/${c.a("rawan")}*100,2)`);
          out.ser = fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Kajian Risiko Bencana 2022-2026 dan SP2D belanja logistik 2024.",
    "Realisasi Gangga Baru menurut SP2D: Rp 129.750.000.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung, 15 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD,"],
    nama: "H. RADEN SAPTA WIJAYA, S.T., M.T.",
    nip: "19760304 200212 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "k3") },
        { sheet: S, cell: a("ser", "k3") },
      ],
    },
    rules: ["serapan-over-100"],
    note: "Realisasi logistik of Gangga Baru is 192,750,000 above its pagu 185,000,000 (serapan 104.19 %); the SP2D total in the note is 129,750,000 (digits swapped)",
    truth: "129750000",
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k4") },
    rules: ["inconsistent-formula", "capaian-mismatch"],
    note: "% Destana of Tanjung Sire is =ROUND((5)/(3)*100,2) = 22.22 (over the Jumlah Desa); (5)/(4) of the number row gives 2 / 5 = 40.00",
    truth: `ROUND(${a("dest", "k4")}/${a("rawan", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("dest", "tot")}/${a("rawan", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k6")}),2)`,
  });
  b.ok({ sheet: S, cell: a("pct", "k2"), rules: ["percent-out-of-range"], truth: "100" });
  b.ok({ sheet: S, cell: a("ser", "k2"), rules: ["serapan-over-100"], truth: "100" });
  for (const id of ["k1", "k5", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("real", id)}/${a("pagu", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("dest", id)}/${a("rawan", id)}*100,2)`,
    });
  }
  for (const k of ["desa", "rawan", "dest", "pagu"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3", "k4", "k5", "k6"].map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}
