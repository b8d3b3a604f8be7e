// A sector recap of a Dinas Kesehatan in Nusa Tenggara Barat: kepesertaan JKN per kecamatan (PBI APBN, PBI
// APBD, non PBI), the UHC coverage and the PBI APBD premium (Rp 37.800 x 12 bulan). The total coverage is
// the ratio of the totals, never the sum of the kecamatan rates. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

export function rekapJknLombokRinjani(): BookW {
  const b = new BookW(
    "rekap-kepesertaan-jkn-pbi-apbd-lombok-rinjani-utara.xlsx",
    "Rekap kepesertaan JKN dan premi PBI APBD per kecamatan",
    "Rekap of a Dinas Kesehatan in NTB, 2024: No | Kecamatan | Jumlah Penduduk | 'Peserta JKN (jiwa)' > PBI APBN | PBI APBD | Non PBI | Jumlah | Cakupan UHC (%) | Premi PBI APBD 1 Tahun (Rp); number row with '(7) = 4+5+6', '(8) = 7/3 x 100', '(9) = 5 x 37.800 x 12'; JUMLAH row",
  );
  const S = "Rekap JKN 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LOMBOK RINJANI UTARA", "DINAS KESEHATAN"]);
  s.lines(["REKAPITULASI KEPESERTAAN JKN DAN PEMBAYARAN PREMI PBI APBD", "KEADAAN 31 DESEMBER 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Tanjung Rinjani", pend: 58_412, apbn: 27_318, apbd: 7_845, non: 21_904 },
    { id: "k2", nm: "Gangga Raya", pend: 46_930, apbn: 22_615, apbd: 6_112, non: 16_870 },
    { id: "k3", nm: "Kayangan Timur", pend: 52_177, apbn: 26_904, apbd: 7_390, non: 16_452 },
    { id: "k4", nm: "Bayan Lauk", pend: 49_856, apbn: 25_481, apbd: 8_204, non: 14_903 },
    { id: "k5", nm: "Pemenang Barat", pend: 39_640, apbn: 17_226, apbd: 5_418, non: 16_284 },
    { id: "k6", nm: "Senaru Daya", pend: 21_305, apbn: 11_870, apbd: 3_165, non: 5_842 },
  ];
  const PR = 37_800 * 12;
  const G = "Peserta JKN (jiwa)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "pend", head: ["Jumlah Penduduk"], num: "(3)", fmt: INT, width: 12 },
    { key: "apbn", head: [G, "PBI APBN"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 11 },
    { key: "apbd", head: [G, "PBI APBD"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 11 },
    {
      key: "non",
      head: [G, "Non PBI (PPU/PBPU/BP)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
      width: 12,
    },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7) = 4+5+6",
      fmt: INT,
      width: 12,
    },
    { key: "cak", head: ["Cakupan UHC (%)"], num: "(8) = 7/3 x 100", fmt: DEC, width: 10 },
    {
      key: "premi",
      head: ["Premi PBI APBD 1 Tahun (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(9) = 5 x 37.800 x 12",
      fmt: RP,
      width: 17,
    },
  ];
  const sc = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k6")})`;
  const premiTrue = K.reduce((n, k) => n + k.apbd * PR, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nm,
          pend: k.pend,
          apbn: k.apbn,
          apbd: k.apbd,
          non: k.non,
          jml: fx(`${x.a("apbn")}+${x.a("apbd")}+${x.a("non")}`),
          // planted: Bayan Lauk's cakupan typed 96.94 (the row gives 97.46)
          cak: k.id === "k4" ? 96.94 : fx(`ROUND(${x.a("jml")}/${x.a("pend")}*100,2)`),
          premi: fx(`${x.a("apbd")}*37800*12`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          pend: fx(sc("pend", x)),
          apbn: fx(sc("apbn", x)),
          apbd: fx(sc("apbd", x)),
          non: fx(sc("non", x)),
          jml: fx(sc("jml", x)),
          cak: fx(`ROUND(${x.a("jml")}/${x.a("pend")}*100,2)`),
          // planted: a stale total from before Senaru Daya's 3,165 PBI APBD were added (it had 3,045)
          premi: fx(sc("premi", x), premiTrue - 120 * PR),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: iuran PBI APBD Rp 37.800/jiwa/bulan (kelas III); cakupan baris JUMLAH = (7)/(3) dari jumlah, bukan penjumlahan persentase.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Rinjani, 8 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN,"],
    nama: "BAIQ NURUL HIDAYATI, S.KM., M.M.Kes.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790214 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cak", "k4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Cakupan UHC of Bayan Lauk is a typed 96.94 among ROUND formulas; 48,588 / 49,856 x 100 gives 97.46",
    truth: `ROUND(${a("jml", "k4")}/${a("pend", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("premi", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH premi PBI APBD is =SUM with a stale cached ${(premiTrue - 120 * PR).toLocaleString("en")}; the six kecamatan give ${premiTrue.toLocaleString("en")}`,
    truth: `SUM(${a("premi", "k1")}:${a("premi", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("jml", "k1")}:${a("jml", "k6")})/SUM(${a("pend", "k1")}:${a("pend", "k6")})*100,2)`,
    trap: `SUM(${a("cak", "k1")}:${a("cak", "k6")})`,
  });
  for (const k of K)
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("apbn", k.id)}+${a("apbd", k.id)}+${a("non", k.id)}`,
    });
  for (const id of ["k1", "k3", "k6"])
    b.ok({
      sheet: S,
      cell: a("cak", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("pend", id)}*100,2)`,
    });
  for (const k of ["pend", "apbd", "jml"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}
