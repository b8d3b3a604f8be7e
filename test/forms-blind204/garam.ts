// A sector recap of a Dinas Kelautan dan Perikanan: produksi garam rakyat per kecamatan 2024 of the
// DKP of Kabupaten Pasir Kalang (Jawa Timur), target and realisasi produksi, capaian and produktivitas
// per hektar, with a TOTAL row whose ratios are ratios of the totals. Every number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Row } from "../forms/kit";

type Kec = { id: string; nm: string; ptb: number; luas: number; tg: number; real: number };

export function rekapGaram(): BookW {
  const b = new BookW(
    "rekap-produksi-garam-rakyat-kecamatan-pasir-kalang.xlsx",
    "rekap produksi garam rakyat per kecamatan (DKP)",
    "No | Kecamatan | Jumlah Petambak (orang) | Luas Lahan Produktif (ha) | 'Produksi Garam (ton)' > Target | Realisasi | Capaian (%) | Produktivitas (ton/ha); number row (1) .. '(7) = (6) / (5) x 100', '(8) = (6) / (4)'; TOTAL row with ratios of the totals",
  );
  const S = "Garam 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KELAUTAN DAN PERIKANAN KABUPATEN PASIR KALANG",
    "Bidang Pemberdayaan Nelayan dan Petambak Garam",
  ]);
  s.lines(["REKAPITULASI PRODUKSI GARAM RAKYAT PER KECAMATAN", "Musim Produksi Tahun 2024"]);
  s.gap();
  const kec: Kec[] = [
    { id: "a", nm: "Kalianget Wetan", ptb: 412, luas: 186.4, tg: 12_800, real: 11_652 },
    { id: "b", nm: "Sumber Pasir", ptb: 298, luas: 132.75, tg: 9_100, real: 8_514 },
    { id: "c", nm: "Tanjung Gisik", ptb: 356, luas: 158.2, tg: 10_700, real: 9_486 },
    { id: "d", nm: "Pangarengan Lor", ptb: 187, luas: 84.6, tg: 5_600, real: 5_208 },
    { id: "e", nm: "Bunder Asri", ptb: 95, luas: 41.3, tg: 3_800, real: 3_780 },
  ];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "ptb", head: ["Jumlah Petambak (orang)"], num: "(3)", fmt: INT, width: 12 },
      { key: "luas", head: ["Luas Lahan Produktif (ha)"], num: "(4)", fmt: DEC, width: 12 },
      {
        key: "tg",
        head: ["Produksi Garam (ton)", "Target"],
        role: "target",
        year: 2024,
        num: "(5)",
        fmt: INT,
        width: 12,
      },
      {
        key: "real",
        head: ["Produksi Garam (ton)", "Realisasi"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
        width: 12,
      },
      {
        key: "cap",
        head: ["Produksi Garam (ton)", "Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6) / (5) x 100",
        fmt: DEC,
        width: 12,
      },
      { key: "pv", head: ["Produktivitas (ton/ha)"], num: "(8) = (6) / (4)", fmt: DEC, width: 12 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          ptb: x.ptb,
          luas: x.luas,
          tg: x.tg,
          real: x.real,
          // planted: Tanjung Gisik's capaian typed 98.65 among formulas (9,486 / 10,700 gives 88.65)
          cap: x.id === "c" ? 98.65 : fx(`ROUND(${c.a("real")}/${c.a("tg")}*100,2)`),
          pv: fx(`ROUND(${c.a("real")}/${c.a("luas")},2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const col = (k: string) => `SUM(${c.a(k, "a")}:${c.a(k, "e")})`;
          return {
            no: "TOTAL",
            ptb: fx(col("ptb")),
            // planted: the TOTAL luas keeps a cached result from before Bunder Asri's 41.30 ha was added
            luas: fx(col("luas"), 561.95),
            tg: fx(col("tg")),
            real: fx(col("real")),
            cap: fx(`ROUND(${c.a("real")}/${c.a("tg")}*100,2)`),
            pv: fx(`ROUND(${c.a("real")}/${c.a("luas")},2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: laporan penyuluh perikanan kecamatan, diolah. Produktivitas dihitung per musim produksi (Juni s.d. Oktober).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pasir Kalang, 9 Januari 2025",
    jabatan: ["Kepala Bidang Pemberdayaan Nelayan dan Petambak Garam,"],
    nama: "SITI MUAWANAH, S.Pi., M.M.",
    nip: "19820317 200801 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (k: string) => kec.map((x) => a(k, x.id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("cap", "c") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Tanjung Gisik is a typed 98.65 among ROUND formulas; 9,486 / 10,700 x 100 gives 88.65",
    truth: `ROUND(${a("real", "c")}/${a("tg", "c")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("luas", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL luas lahan is =SUM with a stale cached 561.95 (Bunder Asri's 41.30 ha left out); the five kecamatan give 603.25 ha",
    truth: all("luas"),
  });
  b.ok({ sheet: S, cell: a("real", "tot"), rules: ["sum-mismatch"], truth: all("real") });
  b.ok({ sheet: S, cell: a("ptb", "tot"), rules: ["sum-mismatch"], truth: all("ptb") });
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("real", "tot")}/${a("tg", "tot")}*100,2)`,
    // the TOTAL capaian is the ratio of the totals, not the kecamatan percentages added up
    trap: all("cap"),
  });
  b.ok({
    sheet: S,
    cell: a("cap", "e"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("real", "e")}/${a("tg", "e")}*100,2)`,
  });
  return b.finish();
}
