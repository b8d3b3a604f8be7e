// The Renstra 2025-2029 of the Dinas Kesehatan of Kabupaten Koto Baringin, T-C.28-like indicator
// table of programs and kegiatan, as sent to the provincial Bappeda: Kepmendagri codes, rates,
// lower-is-better rates (AKI, stunting) and counts mixed; the kondisi akhir of a count of services
// is the SUM of the five years, of a rate or a stock (puskesmas reporting) the 2029 target. Every
// name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { PROV, REVIEW } from "./common";

type Kind = "rate" | "count" | "stock";
type In = {
  id: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  v: [number, number, number, number, number, number];
  kind: Kind;
  bold?: boolean;
  pj: string;
};

const Y = [2025, 2026, 2027, 2028, 2029];

/** Renstra Dinas Kesehatan Kabupaten Koto Baringin 2025-2029, Tabel T-C.28. */
export function renstraDinkesKotoBaringin(): BookW {
  const b = new BookW(
    "renstra-dinkes-tc28-kotobaringin.xlsx",
    "Renstra 2025-2029 T-C.28 indikator program / kegiatan (Dinas Kesehatan)",
    "T-C.28-like: Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Satuan | Data Capaian pada Awal Periode (2024) | 'Target Kinerja Program dan Kegiatan' > 'Thn-1 (2025)' .. 'Thn-5 (2029)' | Kondisi Kinerja pada Akhir Periode Renstra | Bidang Penanggung Jawab; number row 1 .. 12; programs bold; counts of services with kondisi akhir `SUM`, rates and a stock typed as the 2029 target",
  );
  const S = "T-C.28";
  const s = b.sheet(S);
  letterhead(s, [PROV, REVIEW]);
  s.lines([
    "Tabel T-C.28",
    "Rencana Program, Kegiatan dan Indikator Kinerja Dinas Kesehatan Kabupaten Koto Baringin",
    "Periode Renstra 2025-2029",
  ]);
  s.gap();
  const rows: In[] = [
    {
      id: "p1",
      kode: "1.02.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Dinas Kesehatan",
      sat: "nilai",
      v: [64.2, 66, 68, 70, 72, 74],
      kind: "rate",
      bold: true,
      pj: "Sekretariat",
    },
    {
      id: "k11",
      kode: "1.02.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan evaluasi kinerja yang disusun",
      sat: "dokumen",
      v: [7, 7, 7, 7, 7, 7],
      kind: "count",
      pj: "Sub Bagian Program",
    },
    {
      id: "p2",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Angka Kematian Ibu (AKI)",
      sat: "per 100.000 KH",
      v: [168, 160, 152, 144, 136, 128],
      kind: "rate",
      bold: true,
      pj: "Bidang Kesmas",
    },
    {
      id: "p2b",
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      v: [23.4, 21, 19, 17, 15.5, 14],
      kind: "rate",
      bold: true,
      pj: "Bidang Kesmas",
    },
    {
      id: "k21",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase bayi usia 0-11 bulan yang mendapat imunisasi dasar lengkap",
      sat: "%",
      v: [86.4, 88, 90, 92, 94, 95],
      kind: "rate",
      pj: "Bidang P2P",
    },
    {
      id: "k21b",
      ind: "Jumlah balita gizi kurang yang mendapat PMT pemulihan",
      sat: "orang",
      v: [1250, 1200, 1100, 950, 800, 650],
      kind: "count",
      pj: "Bidang Kesmas",
    },
    {
      id: "k22",
      kode: "1.02.03.2.03",
      nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Jumlah puskesmas yang melapor melalui SIK terintegrasi",
      sat: "puskesmas",
      v: [12, 14, 16, 18, 19, 19],
      kind: "stock",
      pj: "Bidang Yankes",
    },
    {
      id: "p3",
      kode: "1.02.03",
      nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      ind: "Persentase puskesmas dengan 9 jenis tenaga kesehatan sesuai standar",
      sat: "%",
      v: [52.6, 60, 68, 75, 82, 90],
      kind: "rate",
      bold: true,
      pj: "Bidang SDK",
    },
    {
      id: "k31",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya",
      sat: "orang",
      v: [180, 200, 220, 220, 240, 250],
      kind: "count",
      pj: "Bidang SDK",
    },
  ];
  // planted 1: the SIK kegiatan (1.02.02.2.03 under program 1.02.02) is coded 1.02.03.2.03
  const PLANT_K = "k22";
  // planted 2: the tenaga kesehatan count's kondisi akhir =SUM(F:I), 2029 left out (880, not 1,130)
  const PLANT_S = "k31";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 12 },
    {
      key: "awal",
      head: ["Data Capaian pada Awal Periode (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.map((y, k): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja Program dan Kegiatan", `Thn-${k + 1} (${y})`],
      role: "target",
      year: y,
      num: 6 + k,
      width: 10,
    })),
    {
      key: "akhir",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: 11,
      width: 12,
    },
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.bold,
      cells: (c) => {
        const f = x.kind === "rate" ? DEC : INT;
        const out: Record<string, Cell> = {
          kode: x.id === PLANT_K ? "1.02.03.2.03" : x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.v[0], f),
          pj: x.pj,
        };
        Y.forEach((y, j) => (out[`t${y}`] = fmt(x.v[j + 1], f)));
        if (x.kind === "count")
          out.akhir = fx(`SUM(${c.a("t2025")}:${c.a(x.id === PLANT_S ? "t2028" : "t2029")})`);
        else out.akhir = fmt(x.v[5], f);
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: AKI dan prevalensi stunting semakin kecil semakin baik. Kondisi akhir indikator jumlah layanan/dokumen = jumlah target 5 tahun;",
    "indikator persentase, angka, nilai dan jumlah sarana yang melapor = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Lubuk Baringin, 21 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Koto Baringin"],
    nama: "dr. YUSNIARTI CHANIAGO, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19780927 200604 2 011",
  });
  b.finish();
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_K) },
    rules: ["code-hierarchy"],
    note: "kegiatan Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi stands under program 1.02.02 but is coded 1.02.03.2.03 (program 1.02.03, SDM kesehatan); its code is 1.02.02.2.03",
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", PLANT_K)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", PLANT_S) },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "inconsistent-formula"],
    note: "kondisi akhir of the tenaga kesehatan ditingkatkan kompetensinya (a count of people trained) is `=SUM(F..I)`, 2029 left out: 880; the five years 200 + 220 + 220 + 240 + 250 give 1,130, as the other counts compute",
    truth: `SUM(${a("t2025", PLANT_S)}:${a("t2029", PLANT_S)})`,
  });
  for (const x of rows) {
    if (x.id === PLANT_S) continue;
    const all = `SUM(${a("t2025", x.id)}:${a("t2029", x.id)})`;
    const last = a("t2029", x.id);
    b.ok({
      sheet: S,
      cell: a("akhir", x.id),
      rules: x.kind === "count" ? ["kondisi-akhir-mismatch", "sum-mismatch"] : ["kondisi-akhir-mismatch"],
      truth: x.kind === "count" ? all : last,
      trap: x.kind === "count" ? last : all,
    });
  }
  for (const id of ["k11", "k21", "p1"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${rows.find((r) => r.id === id)!.kode}"`,
    });
  for (const y of [2026, 2028])
    b.ok({ sheet: S, cell: a(`t${y}`, "p2"), rules: ["target-trend"], truth: a(`t${y}`, "p2") });
  return b;
}
