// The money tables: the E.80 evaluation of the Renstra 2021-2026 of the Dinas Perumahan dan
// Kawasan Permukiman of Kota Wolio Raya (Sulawesi Tenggara) at the Renja 2024, with 'Realisasi
// Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu', and the realisation report per
// sub kegiatan of the Dinas Pemadam Kebakaran of Kota Tanjung Sengata (Kalimantan Timur) with
// pagu, kontrak and SP2D. Every office, region, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Ctx } from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  tK: number;
  tRp: number;
  lalK: number;
  lalRp: number;
  rjK: number;
  rjRp: number;
  reK: number;
  reRp: number;
  /** flow: s.d. = last year's + this year's; level: s.d. = this year's */
  flow: boolean;
  lower?: boolean;
  kids?: string[];
};

/** E.80 Evaluasi terhadap hasil Renstra PD, Disperkim Kota Wolio Raya, Renja 2024. */
export function e80PerkimWolioRaya(): BookW {
  const b = new BookW(
    "e80-evaluasi-renstra-disperkim-kota-wolio-raya-2024.xlsx",
    "E.80 Evaluasi hasil Renstra PD",
    "No | Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Data Capaian Awal (2021) | Target Renstra Akhir Periode 2026 (K, Rp) | 'Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu' (K, Rp) | Target Renja 2024 (K, Rp) | Realisasi Renja 2024 (K, Rp) | Realisasi s.d. 2024 (K, Rp) | Tingkat Capaian Renstra (%) (K, Rp) | Unit PJ; number row 1..17 in pairs; no quarter columns; program Rp = SUM of its kegiatan; the kumuh rate by refleksi",
  );
  const S = "E.80";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA WOLIO RAYA", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN"]);
  s.lines(
    [
      "Tabel E.80  Evaluasi terhadap Hasil Renstra Perangkat Daerah Lingkup Kota Wolio Raya",
      "Renstra PD Periode 2021 - 2026, Renja Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const es: E[] = [
    {
      id: "p1",
      kode: "1.04.02",
      nama: "PROGRAM PENGEMBANGAN PERUMAHAN",
      ind: "Persentase rumah tangga yang menempati hunian layak",
      sat: "%",
      awal: 81.2,
      tK: 90,
      tRp: 18_750_000_000,
      lalK: 86.35,
      lalRp: 9_864_215_000,
      rjK: 87.5,
      rjRp: 3_912_400_000,
      reK: 87.82,
      reRp: 3_708_946_500,
      flow: false,
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.04.02.2.01",
      nama: "Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota",
      ind: "Jumlah rumah korban bencana yang direhabilitasi",
      sat: "unit",
      awal: 0,
      tK: 240,
      tRp: 6_250_000_000,
      lalK: 131,
      lalRp: 3_406_880_000,
      rjK: 48,
      rjRp: 1_284_600_000,
      reK: 46,
      reRp: 1_219_715_000,
      flow: true,
    },
    {
      id: "k2",
      kode: "1.04.02.2.02",
      nama: "Penerbitan Izin Pembangunan dan Pengembangan Perumahan",
      ind: "Jumlah RTLH yang ditingkatkan kualitasnya",
      sat: "unit",
      awal: 0,
      tK: 850,
      tRp: 12_500_000_000,
      lalK: 468,
      lalRp: 6_457_335_000,
      rjK: 175,
      rjRp: 2_627_800_000,
      reK: 181,
      reRp: 2_489_231_500,
      flow: true,
    },
    {
      id: "p2",
      kode: "1.04.04",
      nama: "PROGRAM PERUMAHAN DAN KAWASAN PERMUKIMAN KUMUH",
      ind: "Persentase luas kawasan permukiman kumuh",
      sat: "%",
      awal: 9.84,
      tK: 5,
      tRp: 14_400_000_000,
      lalK: 7.12,
      lalRp: 7_918_560_000,
      rjK: 6.4,
      rjRp: 2_846_900_000,
      reK: 6.25,
      reRp: 2_701_388_000,
      flow: false,
      lower: true,
      kids: ["k3", "k4"],
    },
    {
      id: "k3",
      kode: "1.04.04.2.01",
      nama: "Penataan dan Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di bawah 10 (sepuluh) Ha",
      ind: "Luas kawasan kumuh yang ditangani",
      sat: "Ha",
      awal: 0,
      tK: 36.5,
      tRp: 11_150_000_000,
      lalK: 21.4,
      lalRp: 6_082_410_000,
      rjK: 6.8,
      rjRp: 2_214_500_000,
      reK: 6.75,
      reRp: 2_108_702_000,
      flow: true,
    },
    {
      id: "k4",
      kode: "1.04.04.2.02",
      nama: "Peningkatan Kualitas Permukiman Kumuh dengan Luas di bawah 10 (sepuluh) Ha",
      ind: "Persentase rumah tangga kumuh yang mendapat akses sanitasi layak",
      sat: "%",
      awal: 58.6,
      tK: 85,
      tRp: 3_250_000_000,
      lalK: 73.9,
      lalRp: 1_836_150_000,
      rjK: 78,
      rjRp: 632_400_000,
      reK: 79.15,
      reRp: 592_686_000,
      flow: false,
    },
  ];
  const R = "Realisasi Capaian Kinerja dan Anggaran Renstra PD s.d. Renja Tahun Lalu (2023)";
  const pair = (
    key: string,
    head: string,
    n: number,
    rK: Col["role"],
    rRp: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}K`, head: [head, "K"], role: rK, year, num: n, fmt: DEC },
    { key: `${key}Rp`, head: [head, "Rp"], role: rRp, year, num: n, fmt: RP, width: 17 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], role: "lainnya", num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Awal Tahun Perencanaan (2021)"],
      role: "kondisi-awal",
      year: 2021,
      num: 6,
      fmt: DEC,
    },
    ...pair(
      "t",
      "Target Kinerja dan Anggaran Renstra pada Akhir Periode (2026)",
      7,
      "target",
      "anggaran",
      2026,
    ),
    ...pair("lal", R, 8, "realisasi", "realisasi-anggaran", 2023),
    ...pair("rj", "Target Kinerja dan Anggaran Renja Tahun 2024", 9, "target", "anggaran", 2024),
    ...pair(
      "re",
      "Realisasi Kinerja dan Anggaran Renja Tahun 2024",
      10,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "sd",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      11,
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "c",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      12,
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 16 },
  ];
  let n = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: es.map((e) => ({
      id: e.id,
      bold: !!e.kids,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          no: e.kids ? ++n : null,
          kode: e.kode,
          nama: e.nama,
          ind: e.ind,
          sat: e.sat,
          awal: e.awal,
          tK: e.tK,
          tRp: e.tRp,
          lalK: e.lalK,
          rjK: e.rjK,
          reK: e.reK,
          pj: e.kids ? "Bidang Perumahan" : "Bidang Kawasan Permukiman",
        };
        if (e.kids) {
          const sumOf = (k: string, ids: string[]) => fx(ids.map((i) => x.a(k, i)).join("+"));
          c.lalRp = sumOf("lalRp", e.kids);
          c.rjRp = sumOf("rjRp", e.kids);
          // planted: Program Kawasan Kumuh's realisation 2024 adds only its first kegiatan
          c.reRp = e.id === "p2" ? fx(`${x.a("reRp", "k3")}`) : sumOf("reRp", e.kids);
        } else {
          c.lalRp = e.lalRp;
          c.rjRp = e.rjRp;
          c.reRp = e.reRp;
        }
        c.sdK = e.flow ? fx(`${x.a("lalK")}+${x.a("reK")}`) : fx(`${x.a("reK")}`);
        c.sdRp = fx(`${x.a("lalRp")}+${x.a("reRp")}`);
        if (e.lower)
          // planted: the lower-is-better rate divided straight (realisasi / target), not by refleksi
          c.cK = fx(`ROUND(${x.a("sdK")}/${x.a("tK")}*100,2)`);
        else c.cK = fx(`ROUND(${x.a("sdK")}/${x.a("tK")}*100,2)`);
        // planted: k2's Rp capaian keeps the result cached before the 2024 realisation was entered
        c.cRp =
          e.id === "k2"
            ? fx(`ROUND(${x.a("sdRp")}/${x.a("tRp")}*100,2)`, 51.66)
            : fx(`ROUND(${x.a("sdRp")}/${x.a("tRp")}*100,2)`);
        return c;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator berpolaritas negatif dihitung dengan rumus refleksi ((2 x target - realisasi) / target x 100).",
    "Realisasi s.d. 2024 untuk indikator persentase adalah posisi tahun 2024, bukan penjumlahan.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Wolio Raya, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perumahan dan Kawasan Permukiman,"],
    nama: "Ir. WA ODE NURHAYATI SAMSUDIN, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19750908 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("reRp", "p2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp 2024 of Program Kawasan Kumuh = only its first kegiatan (2,108,702,000); with Peningkatan Kualitas (592,686,000) it is 2,701,388,000",
    truth: `${a("reRp", "k3")}+${a("reRp", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("cK", "p2") },
    rules: ["capaian-mismatch"],
    note: "Capaian K of the kumuh rate = 6.25 / 5.00 x 100 = 125.00, a lower-is-better rate rewarded for staying above target; by refleksi (2 x 5.00 - 6.25) / 5.00 x 100 = 75.00",
    truth: `ROUND((2*${a("tK", "p2")}-${a("sdK", "p2")})/${a("tK", "p2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("cRp", "k2") },
    rules: ["capaian-mismatch"],
    note: "Capaian Rp of kegiatan 1.04.02.2.02 shows the stale 51.66 (6,457,335,000 / 12,500,000,000 before 2024 was entered); (6,457,335,000 + 2,489,231,500) / 12,500,000,000 x 100 = 71.57",
    truth: `ROUND(${a("sdRp", "k2")}/${a("tRp", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "p1"),
    rules: ["sum-mismatch"],
    truth: a("reK", "p1"),
    trap: `${a("lalK", "p1")}+${a("reK", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("lalK", "k1")}+${a("reK", "k1")}`,
    trap: a("reK", "k1"),
  });
  b.ok({
    sheet: S,
    cell: a("cK", "k4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdK", "k4")}/${a("tK", "k4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("reRp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("reRp", "k1")}+${a("reRp", "k2")}`,
  });
  return b.finish();
}

type Sub = {
  id: string;
  kode: string;
  nama: string;
  pagu?: number;
  kontrak?: number;
  sp2d?: number;
  kids?: string[];
  lvl: 0 | 1 | 2;
};

/** Laporan realisasi fisik dan keuangan per sub kegiatan 2024, Damkar Kota Tanjung Sengata. */
export function realisasiSubKegiatanDamkar(): BookW {
  const b = new BookW(
    "realisasi-sub-kegiatan-damkar-kota-tanjung-sengata-2024.xlsx",
    "realisation per sub kegiatan with kontrak and SP2D",
    "Kode Rekening | Uraian Program / Kegiatan / Sub Kegiatan | Pagu DPA-P (Rp) | Nilai Kontrak (Rp) | Realisasi Keuangan > SP2D s.d. Desember (Rp) | % | Sisa Pagu (Rp) | Keterangan; no No column; program and kegiatan rows SUM their children; a TOTAL row over the programs",
  );
  const S = "Realisasi Des 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG SENGATA", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN"]);
  s.lines(["LAPORAN REALISASI FISIK DAN KEUANGAN PER SUB KEGIATAN", "Keadaan s.d. 31 Desember 2024"], 1, {
    bold: true,
  });
  s.gap();
  const subs: Sub[] = [
    {
      id: "P1",
      lvl: 0,
      kode: "1.05.03",
      nama: "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
      kids: ["K1", "K2", "K3"],
    },
    {
      id: "K1",
      lvl: 1,
      kode: "1.05.03.2.01",
      nama: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      kids: ["S11", "S12", "S13"],
    },
    {
      id: "S11",
      lvl: 2,
      kode: "1.05.03.2.01.0001",
      nama: "Pencegahan Kebakaran dalam Daerah Kabupaten/Kota",
      pagu: 1_248_500_000,
      kontrak: 1_196_320_000,
      sp2d: 1_284_500_000,
    },
    {
      id: "S12",
      lvl: 2,
      kode: "1.05.03.2.01.0002",
      nama: "Pemadaman dan Penanganan Bahan Berbahaya dan Beracun",
      pagu: 3_865_200_000,
      kontrak: 3_702_418_000,
      sp2d: 3_618_775_500,
    },
    {
      id: "S13",
      lvl: 2,
      kode: "1.05.03.2.01.0005",
      nama: "Penyediaan Sarana dan Prasarana Pemadam Kebakaran",
      pagu: 6_412_750_000,
      kontrak: 6_298_400_000,
      sp2d: 6_298_400_000,
    },
    { id: "K2", lvl: 1, kode: "1.05.03.2.02", nama: "Inspeksi Peralatan Proteksi Kebakaran", kids: ["S21"] },
    {
      id: "S21",
      lvl: 2,
      kode: "1.05.03.2.02.0001",
      nama: "Inspeksi Alat Pemadam Api Ringan dan Hidran Gedung",
      pagu: 312_400_000,
      kontrak: 296_850_000,
      sp2d: 287_936_000,
    },
    {
      id: "K3",
      lvl: 1,
      kode: "1.05.03.2.04",
      nama: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
      kids: ["S31", "S32"],
    },
    {
      id: "S31",
      lvl: 2,
      kode: "1.05.03.2.04.0001",
      nama: "Pemberdayaan Masyarakat melalui Relawan Kebakaran (Redkar)",
      pagu: 528_650_000,
      kontrak: 512_400_000,
      sp2d: 497_214_600,
    },
    // planted: coded under kegiatan 2.03 while it stands under 2.04
    {
      id: "S32",
      lvl: 2,
      kode: "1.05.03.2.03.0002",
      nama: "Sosialisasi dan Simulasi Pencegahan Kebakaran di Permukiman Padat",
      pagu: 276_300_000,
      kontrak: 264_750_000,
      sp2d: 251_880_250,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 20 },
    { key: "nama", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], role: "lainnya", width: 50 },
    { key: "pagu", head: ["Pagu DPA-P (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    { key: "kon", head: ["Nilai Kontrak (Rp)"], role: "lainnya", fmt: RP, width: 17 },
    {
      key: "sp",
      head: ["Realisasi Keuangan", "SP2D s.d. Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "pc", head: ["Realisasi Keuangan", "%"], role: "capaian", fmt: DEC, width: 8 },
    { key: "sisa", head: ["Sisa Pagu (Rp)"], role: "lainnya", fmt: RP, width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...subs.map((u) => ({
        id: u.id,
        bold: u.lvl < 2,
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { kode: u.kode, nama: u.nama };
          for (const k of ["pagu", "kon", "sp"]) {
            if (u.kids) c[k] = fx(u.kids.map((i) => x.a(k, i)).join("+"));
            else c[k] = k === "pagu" ? u.pagu : k === "kon" ? u.kontrak : u.sp2d;
          }
          c.pc = fx(`ROUND(${x.a("sp")}/${x.a("pagu")}*100,2)`);
          c.sisa = fx(`${x.a("pagu")}-${x.a("sp")}`);
          if (u.id === "S21" || u.id === "S31" || u.id === "S32") c.ket = "sebagian swakelola";
          return c;
        },
      })),
      {
        id: "tot",
        bold: true,
        cells: (x: Ctx) => ({
          nama: "TOTAL",
          pagu: fx(`${x.a("pagu", "P1")}`),
          kon: fx(`${x.a("kon", "P1")}`),
          sp: fx(`${x.a("sp", "P1")}`),
          pc: fx(`ROUND(${x.a("sp")}/${x.a("pagu")}*100,2)`),
          sisa: fx(`${x.a("pagu")}-${x.a("sp")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIPD-RI Penatausahaan, data SP2D per 31 Desember 2024."]);
  s.gap();
  signature(s, 5, {
    tempat: "Tanjung Sengata, 8 Januari 2025",
    jabatan: ["Pejabat Penatausahaan Keuangan,"],
    nama: "RAHMAWATI SYAMSUL BAHRI, S.E.",
    pangkat: "Penata Tingkat I",
    nip: "19860214 201001 2 019",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sp", "S11") },
    rules: ["serapan-over-100"],
    note: "SP2D of Pencegahan Kebakaran typed 1,284,500,000 over its pagu 1,248,500,000 (the 4 and 8 swapped): 102.88 % absorbed, sisa -36,000,000",
    truth: a("pagu", "S11"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "S32") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan 1.05.03.2.03.0002 stands under kegiatan 1.05.03.2.04 (Pemberdayaan Masyarakat); its code names kegiatan 2.03",
    truth: a("kode", "K3"),
    actual: `PARENT(${a("kode", "S32")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "K1"),
    rules: ["serapan-over-100", "sum-mismatch"],
    truth: `ROUND(${a("sp", "K1")}/${a("pagu", "K1")}*100,2)`,
    trap: `${a("pc", "S11")}+${a("pc", "S12")}+${a("pc", "S13")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "P1"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "K1")}+${a("pagu", "K2")}+${a("pagu", "K3")}`,
    trap: `SUM(${a("pagu", "K1")}:${a("pagu", "S32")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "S31"),
    rules: ["code-hierarchy"],
    truth: a("kode", "K3"),
    actual: `PARENT(${a("kode", "S31")})`,
  });
  return b.finish();
}
