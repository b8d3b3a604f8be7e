// The E.81 evaluation of the Renja 2024 (s.d. Triwulan IV) of the Dinas Tanaman Pangan dan
// Hortikultura Kabupaten Lembah Napu (Sulawesi Tengah): program, kegiatan and sub kegiatan with K and
// Rp per numbered column; percentages of kios and poktan are levels (the year = Triwulan IV, the
// Renstra s.d. = the latest level), counts of alsintan, reports and operators are flows. Every name
// and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

type E = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  lvl: boolean;
  k: { ak: number; sdl: number; t: number; q: number[] };
  rp?: { ak: number; sdl: number; t: number; q: number[] };
  kids?: string[];
};

/** E.81 with columns 1 .. 15, K and Rp under each of 5 .. 14 ('pairs' number row). */
export function e81LembahNapu(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-triwulan-iv-dtph-lembah-napu.xlsx",
    "E.81 evaluasi hasil Renja 2024 s.d. Triwulan IV (Dinas Tanaman Pangan dan Hortikultura)",
    "No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | (5) Target Renstra 2026 K | Rp | (6) Realisasi s.d. 2023 K | Rp | (7) Target Renja 2024 K | Rp | (8-11) Triwulan I .. IV K | Rp | (12) Realisasi 2024 K | Rp | (13) Realisasi Renstra s.d. 2024 K | Rp | (14) Tingkat Capaian Renstra (%) K | Rp | Unit PD; three header rows, 'pairs' number row; levels (%) take Triwulan IV, flows add quarters; Rp of kegiatan and program = their children; footer notes",
  );
  const S = "E81 TW IV";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH NAPU", "DINAS TANAMAN PANGAN DAN HORTIKULTURA"]);
  s.lines(
    [
      "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN LEMBAH NAPU",
      "PERIODE PELAKSANAAN: TRIWULAN IV TAHUN ANGGARAN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const xs: E[] = [
    {
      id: "P",
      kode: "3.27.02",
      nama: "Program Penyediaan dan Pengembangan Sarana Pertanian",
      ind: "Persentase kelompok tani yang memanfaatkan sarana pertanian sesuai standar",
      sat: "%",
      lvl: true,
      k: { ak: 85, sdl: 68.5, t: 75, q: [58.2, 64.1, 70.3, 76.4] },
      kids: ["K1", "K2"],
    },
    {
      id: "K1",
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Persentase kios pengecer pupuk bersubsidi yang terawasi",
      sat: "%",
      lvl: true,
      k: { ak: 100, sdl: 82, t: 90, q: [40, 65, 81, 92] },
      kids: ["S11", "S12"],
    },
    {
      id: "S11",
      kode: "3.27.02.2.01.0001",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai Komoditas, Teknologi dan Spesifik Lokasi",
      ind: "Jumlah laporan pengawasan pupuk dan pestisida",
      sat: "laporan",
      lvl: false,
      k: { ak: 60, sdl: 33, t: 12, q: [3, 3, 3, 3] },
      rp: { ak: 2450000000, sdl: 1318700000, t: 486250000, q: [98400000, 121650000, 114300000, 139875000] },
    },
    {
      id: "S12",
      kode: "3.27.02.2.01.0002",
      nama: "Pendampingan Penyaluran Pupuk Bersubsidi",
      ind: "Jumlah kios pengecer yang didampingi",
      sat: "kios",
      lvl: false,
      k: { ak: 480, sdl: 276, t: 96, q: [22, 26, 24, 27] },
      rp: { ak: 1860000000, sdl: 1024350000, t: 392800000, q: [64150000, 102500000, 97840000, 118610000] },
    },
    {
      id: "K2",
      kode: "3.27.02.2.02",
      nama: "Pengelolaan Alat dan Mesin Pertanian",
      ind: "Jumlah alsintan yang disalurkan kepada kelompok tani",
      sat: "unit",
      lvl: false,
      k: { ak: 450, sdl: 268, t: 70, q: [0, 18, 26, 31] },
      kids: ["S21", "S22"],
    },
    {
      id: "S21",
      kode: "3.27.02.2.02.0001",
      nama: "Pengadaan Alat dan Mesin Pertanian bagi Kelompok Tani",
      ind: "Jumlah unit traktor, pompa air dan hand sprayer yang diadakan",
      sat: "unit",
      lvl: false,
      k: { ak: 450, sdl: 268, t: 70, q: [0, 18, 26, 31] },
      rp: { ak: 12400000000, sdl: 6872450000, t: 2718600000, q: [0, 412300000, 1286750000, 946280000] },
    },
    {
      id: "S22",
      kode: "3.27.02.2.02.0002",
      nama: "Bimbingan Teknis Operator Alsintan",
      ind: "Jumlah operator alsintan yang dilatih",
      sat: "orang",
      lvl: false,
      k: { ak: 200, sdl: 96, t: 40, q: [0, 20, 0, 25] },
      rp: { ak: 1790000000, sdl: 627150000, t: 314750000, q: [12450000, 148600000, 22350000, 119450000] },
    },
  ];
  const K = "K";
  const R = "Rp";
  const pair = (
    key: string,
    g: string,
    num: string,
    rk: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}K`, head: [g, K], role: rk, year, num, fmt: DEC, width: 9 },
    { key: `${key}R`, head: [g, R], role: rr, year, num, fmt: RP, width: 16 },
  ];
  const TW = "Realisasi Kinerja pada Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], role: "lainnya", num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("ak", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "sdl",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("t", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i): Col[] => [
      {
        key: `q${i}K`,
        head: [TW, q, K],
        role: "realisasi",
        year: 2024,
        num: String(8 + i),
        fmt: DEC,
        width: 8,
      },
      {
        key: `q${i}R`,
        head: [TW, q, R],
        role: "realisasi-anggaran",
        year: 2024,
        num: String(8 + i),
        fmt: RP,
        width: 15,
      },
    ]),
    ...pair(
      "r",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
      "12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "sd",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "cs",
      "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)",
      "14",
      "capaian",
      "capaian",
    ),
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 20 },
  ];
  for (const c of cols) if (c.key === "csR") c.fmt = DEC;
  const PJ: Record<string, string> = {
    P: "Bidang Prasarana dan Sarana",
    K1: "Seksi Pupuk dan Pestisida",
    S11: "Seksi Pupuk dan Pestisida",
    S12: "Seksi Pupuk dan Pestisida",
    K2: "Seksi Alsintan",
    S21: "Seksi Alsintan",
    S22: "Seksi Alsintan",
  };
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | number | string> = {
        no: x.id === "P" ? 1 : x.kids ? `1.${i === 1 ? 1 : 2}` : "",
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        akK: x.k.ak,
        sdlK: x.k.sdl,
        tK: x.k.t,
        pj: PJ[x.id],
      };
      if (o.no === "") delete o.no;
      x.k.q.forEach((v, j) => (o[`q${j}K`] = v));
      o.rK = x.lvl ? fx(c.a("q3K")) : fx([0, 1, 2, 3].map((j) => c.a(`q${j}K`)).join("+"));
      o.sdK = x.lvl ? fx(c.a("rK")) : fx(`${c.a("sdlK")}+${c.a("rK")}`);
      // planted 2: the Renstra capaian of the operators divides by the Renja target (7) instead of (5)
      o.csK = fx(`ROUND(${c.a("sdK")}/${c.a(x.id === "S22" ? "tK" : "akK")}*100,2)`);
      for (const k of ["ak", "sdl", "t", "q0", "q1", "q2", "q3"]) {
        if (x.kids) o[`${k}R`] = fx(x.kids.map((id) => c.a(`${k}R`, id)).join("+"));
        else {
          const rp = x.rp!;
          o[`${k}R`] = k.startsWith("q") ? rp.q[Number(k[1])] : rp[k as "ak" | "sdl" | "t"];
        }
      }
      o.rR = fx([0, 1, 2, 3].map((j) => c.a(`q${j}R`)).join("+"));
      // planted 1: the Renstra s.d. 2024 Rp of the pengadaan alsintan keeps only 2024
      o.sdR = x.id === "S21" ? fx(c.a("rR")) : fx(`${c.a("sdlR")}+${c.a("rR")}`);
      o.csR = fx(`ROUND(${c.a("sdR")}/${c.a("akR")}*100,2)`);
      return o;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Rata-rata capaian kinerja dan anggaran Renstra s.d. 2024 disajikan pada Bab II laporan evaluasi.",
    "Faktor pendorong: dukungan DAK Fisik Bidang Pertanian dan APBN Tugas Pembantuan.",
    "Faktor penghambat: keterlambatan kontrak pengadaan alsintan hingga Triwulan II.",
    "Tindak lanjut: percepatan lelang dini pengadaan alsintan Tahun 2025.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Wuasa Baru, 17 Januari 2025",
    jabatan: ["Kepala Dinas Tanaman Pangan", "dan Hortikultura,"],
    nama: "YOHANIS TAMPAI LEBANG, S.P., M.Si",
    pangkat: "Pembina (IV/a)",
    nip: "19790314 200604 1 011",
  });
  const a = (k: string, r: string) => t.a(k, r);
  const s21 = xs.find((x) => x.id === "S21")!.rp!;
  if (Math.abs(sum(s21.q) - 2645330000) > 1) throw new Error("e81: S21 quarters");
  b.plant({
    at: { sheet: S, cell: a("sdR", "S21") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "realisasi Renstra s.d. 2024 Rp of Pengadaan Alsintan =r (2,645,330,000) leaves out the 6,872,450,000 realised s.d. 2023; (6) + (12) = 9,517,780,000 as in every other row",
    truth: `${a("sdlR", "S21")}+${a("rR", "S21")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("csK", "S22") },
    rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
    note: "tingkat capaian Renstra K of the operator training divides 141 by the Renja 2024 target 40 (352.50); against the Renstra target 200 it is 70.50",
    truth: `ROUND(${a("sdK", "S22")}/${a("akK", "S22")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rK", "P"),
    rules: ["sum-mismatch"],
    truth: a("q3K", "P"),
    trap: `${a("q0K", "P")}+${a("q1K", "P")}+${a("q2K", "P")}+${a("q3K", "P")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "K1"),
    rules: ["sum-mismatch"],
    truth: a("rK", "K1"),
    trap: `${a("sdlK", "K1")}+${a("rK", "K1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("csK", "P"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdK", "P")}/${a("akK", "P")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tR", "P"),
    rules: ["sum-mismatch"],
    truth: `${a("tR", "K1")}+${a("tR", "K2")}`,
    trap: `SUM(${a("tR", "K1")}:${a("tR", "S22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rK", "S22"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `${a("q0K", "S22")}+${a("q1K", "S22")}+${a("q2K", "S22")}+${a("q3K", "S22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rR", "S12"),
    rules: ["sum-mismatch"],
    truth: `${a("q0R", "S12")}+${a("q1R", "S12")}+${a("q2R", "S12")}+${a("q3R", "S12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "S12"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "S12")})`,
    truth: a("kode", "K1"),
  });
  b.ok({
    sheet: S,
    cell: a("csR", "S11"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdR", "S11")}/${a("akR", "S11")}*100,2)`,
  });
  return b.finish();
}
