// A recap of cooperatives per kecamatan (active / inactive / total, members, assets and business
// volume in rupiah) of the Dinas Koperasi dan UKM of Kota Labuhan Marbau (Sumatera Utara), 31
// December 2024. Every person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type KIn = [
  id: string,
  kec: string,
  aktif: number,
  tidak: number,
  anggota: number,
  aset: number,
  vol: number,
];

export function rekapKoperasiLabuhanMarbau(): BookW {
  const b = new BookW(
    "rekap-koperasi-aktif-kecamatan-labuhan-marbau.xlsx",
    "rekapitulasi koperasi per kecamatan 2024 (Dinas Koperasi dan UKM)",
    "No | Kecamatan | 'Jumlah Koperasi (unit)' > Aktif | Tidak Aktif | Jumlah | % Koperasi Aktif | Jumlah Anggota (orang) | Aset (Rp) | Volume Usaha (Rp); Jumlah =C+D, % ROUND(Aktif / Jumlah); JUMLAH row with the % a ratio of totals",
  );
  const S = "Rekap Koperasi";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LABUHAN MARBAU", "DINAS KOPERASI DAN USAHA KECIL MENENGAH"]);
  s.lines(["REKAPITULASI DATA KOPERASI MENURUT KECAMATAN", "KEADAAN 31 DESEMBER 2024"]);
  s.gap();
  const KEC: KIn[] = [
    ["a", "Labuhan Marbau Kota", 46, 12, 5_812, 38_462_750_000, 21_905_400_000],
    ["b", "Medan Pelabuhan", 38, 9, 4_126, 27_318_400_500, 15_662_180_000],
    ["c", "Tanjung Perapat", 27, 11, 2_734, 12_905_615_000, 7_418_250_000],
    ["d", "Sei Marbau Hilir", 14, 19, 1_208, 3_412_880_000, 1_926_500_000],
    ["e", "Bagan Lalang", 21, 8, 1_965, 8_740_210_000, 4_305_775_000],
    ["f", "Simpang Kuala Deli", 33, 14, 3_388, 19_624_300_000, 11_087_640_000],
    ["g", "Pulau Berhala Baru", 9, 7, 612, 1_184_500_000, 688_215_000],
  ];
  // planted 1: Jumlah of Tanjung Perapat typed 40 (27 + 11 = 38)
  // planted 2: % aktif of Sei Marbau Hilir divides Aktif by Tidak Aktif (73.68); 14 / 33 = 42.42
  const G = "Jumlah Koperasi (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 22 },
    { key: "akt", head: [G, "Aktif"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
    { key: "tdk", head: [G, "Tidak Aktif"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
    { key: "jml", head: [G, "Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
    { key: "pct", head: ["% Koperasi Aktif"], fmt: DEC, width: 10 },
    { key: "agt", head: ["Jumlah Anggota (orang)"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
    { key: "aset", head: ["Aset (Rp)"], fmt: RP, width: 17 },
    { key: "vol", head: ["Volume Usaha (Rp)"], fmt: RP, width: 17 },
  ];
  const ids = KEC.map((k) => k[0]);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...KEC.map(([id, kec, akt, tdk, agt, aset, vol], i): Row => ({
        id,
        cells: (c) => {
          const cells: Record<string, Cell> = { no: i + 1, kec, akt, tdk, agt, aset, vol };
          cells.jml = id === "c" ? 40 : fx(`${c.a("akt")}+${c.a("tdk")}`);
          cells.pct = fx(`ROUND(${c.a("akt")}/${c.a(id === "d" ? "tdk" : "jml")}*100,2)`);
          return cells;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const r1 = c.row(ids[0]);
          const r2 = c.row(ids[ids.length - 1]);
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["akt", "tdk", "jml", "agt", "aset", "vol"])
            cells[k] = fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${r2})`);
          cells.pct = fx(`ROUND(${c.a("akt")}/${c.a("jml")}*100,2)`);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: koperasi aktif = koperasi yang melaksanakan RAT dalam 2 (dua) tahun terakhir (ODS Kementerian Koperasi dan UKM).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Labuhan Marbau, 13 Januari 2025",
    jabatan: ["KEPALA BIDANG KELEMBAGAAN KOPERASI,"],
    nama: "ROSMAWATI HARAHAP, S.Sos.",
    pangkat: "Penata Tingkat I",
    nip: "19850611 201001 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const r1 = t.row(ids[0]);
  const r2 = t.row(ids[ids.length - 1]);
  const colSum = (k: string) => `SUM(${t.c(k)}${r1}:${t.c(k)}${r2})`;
  b.plant({
    at: { sheet: S, cell: a("jml", "c") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah koperasi of Tanjung Perapat typed 40; 27 aktif + 11 tidak aktif = 38 (the other rows compute =Aktif+Tidak Aktif)",
    truth: `${a("akt", "c")}+${a("tdk", "c")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "d") },
    rules: ["inconsistent-formula", "ratio-components-mismatch"],
    note: "% koperasi aktif of Sei Marbau Hilir divides Aktif by Tidak Aktif (14 / 19 = 73.68); by the Jumlah 33 it is 42.42, as the other rows compute",
    truth: `ROUND(${a("akt", "d")}/${a("jml", "d")}*100,2)`,
  });
  // traps: the total % is the ratio of totals, not the sum or the average of the rows' percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("akt", "tot")}/${a("jml", "tot")}*100,2)`,
    trap: colSum("pct"),
  });
  b.ok({ sheet: S, cell: a("aset", "tot"), rules: ["sum-mismatch"], truth: colSum("aset") });
  b.ok({ sheet: S, cell: a("agt", "tot"), rules: ["sum-mismatch"], truth: colSum("agt") });
  b.ok({ sheet: S, cell: a("akt", "tot"), rules: ["sum-mismatch"], truth: colSum("akt") });
  b.ok({
    sheet: S,
    cell: a("jml", "g"),
    rules: ["sum-mismatch"],
    truth: `${a("akt", "g")}+${a("tdk", "g")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "a"),
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("akt", "a")}/${a("jml", "a")}*100,2)`,
  });
  return b.finish();
}
