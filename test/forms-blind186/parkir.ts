// Dinas Perhubungan, money and plans: a recap of retribusi parkir tepi jalan per zona (Lampung, "dalam
// ribuan rupiah"), an E.81 Renja evaluation of the uji KIR sub kegiatan (Lampung) and a T-C.27 Renstra
// 2025-2029 with PJU, rambu and terminal tipe C (a Kalimantan Tengah kota). Every number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ------------------------------------------------------------------ 1. rekap retribusi parkir tepi jalan

export function parkirWaySekampung(): BookW {
  const b = new BookW(
    "rekap-retribusi-parkir-tepi-jalan-dishub-way-sekampung.xlsx",
    "sector recap: retribusi parkir tepi jalan per zona (2024)",
    "No | Zona / Ruas Jalan | Jumlah Titik | Target Retribusi 2024 | Realisasi Triwulan I-IV | Jumlah '9 = 5+6+7+8' | Capaian '10 = 9/4 x 100'; JUMLAH row; (dalam ribuan rupiah)",
  );
  const S = "Retribusi Parkir 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN WAY SEKAMPUNG",
    "DINAS PERHUBUNGAN",
    "Jl. Lintas Timur Km. 4 Sukadana Ilir, Way Sekampung",
  ]);
  s.lines([
    "REKAPITULASI REALISASI RETRIBUSI PELAYANAN PARKIR DI TEPI JALAN UMUM TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const zones: Array<[string, string, number, number, number[]]> = [
    ["z1", "Zona I - Jl. Jenderal Sudirman", 42, 420_000, [98_450, 104_200, 101_875, 112_300]],
    ["z2", "Zona II - Pasar Tempel Sekampung", 35, 360_000, [81_300, 86_900, 90_150, 95_400]],
    ["z3", "Zona III - Kawasan Terminal Tipe C Sukadana", 18, 185_000, [40_250, 43_800, 45_100, 47_600]],
    ["z4", "Zona IV - Jl. Ahmad Yani (Pertokoan)", 27, 275_000, [70_400, 72_150, 69_800, 76_900]],
    ["z5", "Zona V - Kawasan RSUD Way Sekampung", 16, 150_000, [33_500, 35_200, 36_900, 38_400]],
    ["z6", "Zona VI - Taman Kota dan Alun-alun", 12, 95_000, [18_600, 21_400, 19_950, 24_300]],
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "zona", head: ["Zona / Ruas Jalan"], role: "indikator", num: 2, width: 40 },
    { key: "titik", head: ["Jumlah Titik Parkir"], role: "lainnya", num: 3 },
    { key: "tgt", head: ["Target Retribusi 2024"], role: "anggaran", year: 2024, num: 4, fmt: RP },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi Penerimaan", `Triwulan ${q}`],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5 + i,
      fmt: RP,
    })),
    {
      key: "jml",
      head: ["Realisasi Penerimaan", "Jumlah s.d. Triwulan IV"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 5+6+7+8",
      fmt: RP,
    },
    { key: "pct", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "10 = 9/4 x 100", fmt: DEC },
  ];
  const qs = ["q1", "q2", "q3", "q4"];
  const rows: Row[] = zones.map(([id, nm, titik, tgt, q], i) => ({
    id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { no: i + 1, zona: nm, titik, tgt };
      qs.forEach((k, j) => (out[k] = q[j]));
      out.jml = fx(`SUM(${c.a("q1")}:${c.a("q4")})`);
      // planted: the Zona V capaian is a typed 69.00 (digits swapped from 96.00)
      out.pct = id === "z5" ? 69 : fx(`ROUND(${c.a("jml")}/${c.a("tgt")}*100,2)`);
      return out;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "zona"],
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["titik", "tgt", ...qs, "jml"]) {
        // planted: the Triwulan III total stops at Zona V
        const last = k === "q3" ? "z5" : "z6";
        out[k] = fx(`SUM(${c.a(k, "z1")}:${c.a(k, last)})`);
      }
      out.pct = fx(`ROUND(${c.a("jml")}/${c.a("tgt")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: Zona IV melampaui target karena penambahan 5 titik parkir di pertokoan sejak Triwulan II.",
    "Sumber: Bidang Lalu Lintas dan Perparkiran, data setoran ke Kas Daerah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sukadana Ilir, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KABUPATEN WAY SEKAMPUNG,"],
    nama: "HENDRA SAPUTRA, S.T., M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760412 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = zones.map((z) => z[0]);
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Realisasi Triwulan III is =SUM over Zona I-V only (387,625); with Zona VI's 19,950 the six zones give 407,575",
    truth: ids.map((id) => a("q3", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "z5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Zona V (RSUD) is a typed 69.00 among ROUND formulas; 144,000 / 150,000 gives 96.00",
    truth: `ROUND(${a("jml", "z5")}/${a("tgt", "z5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("tgt", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "z1")}:${a("pct", "z6")}),2)`,
  });
  for (const id of ["z1", "z2", "z3", "z4", "z6"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("tgt", id)}*100,2)`,
    });
  for (const id of ids)
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: qs.map((k) => a(k, id)).join("+") });
  for (const k of ["tgt", "q1", "q2", "q4", "jml"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  return b.finish();
}

// ------------------------------------------------------------------ 2. E.81 Renja 2024, uji KIR

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | string>;
  rpq: number[];
};

export function e81UjiKir(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-uji-kir-dishub-pesisir-semaka.xlsx",
    "E.81 Renja evaluation, pengujian kendaraan bermotor (2024)",
    "E.81 with K | Rp pairs (5) Target Renstra akhir 2026 .. (14) Tingkat capaian, number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100' merged over the pairs; (dalam ribuan rupiah); kendaraan diuji (flow) and lulus uji rate (level)",
  );
  const S = "E.81 Dishub 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PESISIR SEMAKA",
    "DINAS PERHUBUNGAN - UPTD PENGUJIAN KENDARAAN BERMOTOR",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA DINAS PERHUBUNGAN KABUPATEN PESISIR SEMAKA",
    "Periode pelaksanaan: Triwulan I s.d. Triwulan IV Tahun 2024",
    "Indikator dan target kinerja Renstra Dinas Perhubungan 2022-2026 (dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.15.02.2.04.0001",
      nm: "Pelaksanaan Pengujian Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan bermotor wajib uji yang diuji",
      sat: "unit",
      level: false,
      k5: 26_000,
      rp5: 3_150_000,
      k6: 15_420,
      rp6: 1_802_400,
      k7: 5_400,
      rp7: 648_000,
      kq: [1_180, 1_365, 1_410, 1_502],
      rpq: [121_350, 168_900, 175_420, 170_880],
    },
    {
      id: "s2",
      kode: "2.15.02.2.04.0002",
      nm: "Pemeriksaan Persyaratan Teknis dan Laik Jalan Kendaraan Bermotor",
      ind: "Persentase kendaraan wajib uji yang lulus uji",
      sat: "%",
      level: true,
      k5: 95,
      rp5: 1_250_000,
      k6: 88.4,
      rp6: 702_600,
      k7: 91,
      rp7: 265_000,
      kq: [86.2, 88.7, 90.1, 92.35],
      rpq: [48_200, 66_750, 71_300, 74_150],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rr, year, num, fmt: RP, width: 14 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun 2023",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja PD Tahun 2024", "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `1.1.${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "UPTD PKB",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      // planted: s1's Rp (13) is a typed 2,483,950 (6 + 12 give 2,438,950)
      out.rp13 = x.id === "s1" ? 2_483_950 : fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: s2's K (14) divides by the Renja target (7), not the Renstra end target (5)
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a(x.id === "s2" ? "k7" : "k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "2.15", nm: "URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN" } },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1",
            kode: "2.15.02",
            nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
            ind: "Persentase kendaraan angkutan umum yang laik jalan",
            sat: "%",
            k5: 92,
            k6: 84.6,
            k7: 88,
            kq1: "-",
            kq2: "-",
            kq3: "-",
            kq4: 89.75,
            pj: "Dinas Perhubungan",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            no: "1.1",
            kode: "2.15.02.2.04",
            nm: "Pengujian Berkala Kendaraan Bermotor",
            ind: "Jumlah kartu uji elektronik (BLUe) yang diterbitkan",
            sat: "lembar",
            k5: 26_000,
            k6: 15_100,
            k7: 5_300,
            kq1: 1_150,
            kq2: 1_340,
            kq3: 1_390,
            kq4: 1_480,
            pj: "UPTD PKB",
          };
          for (const k of rpKeys) out[k] = fx(`${c.a(k, "s1")}+${c.a(k, "s2")}`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
          out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
          return out;
        },
      },
      ...subs.map(subRow),
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: alat uji terkalibrasi dan kartu uji elektronik (BLUe) berlaku penuh sejak Triwulan I.",
    "Faktor penghambat: sebagian pemilik angkutan barang belum melakukan uji berkala tepat waktu.",
    "Tindak lanjut: razia gabungan kendaraan wajib uji bersama Satlantas pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Kota Agung Barat, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perhubungan", "Kabupaten Pesisir Semaka,"],
    nama: "Drs. ZULKARNAIN EFFENDI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690817 199403 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp13", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp s.d. 2024 (13) of sub kegiatan 2.15.02.2.04.0001 is a typed 2,483,950 among 6 + 12 formulas; 1,802,400 + 636,550 give 2,438,950",
    truth: `${a("rp6", "s1")}+${a("rp12", "s1")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the lulus uji rate is =ROUND(13/7*100,2) = 101.48 (the Renja target 91); 13 / 5 x 100 = 92.35 / 95 gives 97.21",
    truth: `ROUND(${a("k13", "s2")}/${a("k5", "s2")}*100,2)`,
  });
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      ...(id === "s2" ? { trap: qk.map((k) => a(k, id)).join("+") } : {}),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("rp13", "s2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp6", "s2")}+${a("rp12", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp14", "s2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rp13", "s2")}/${a("rp5", "s2")}*100,2)`,
  });
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({ sheet: S, cell: a(k, "keg"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

// ------------------------------------------------------------------ 3. T-C.27 Renstra 2025-2029

type PlanRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

export function tc27BukitRawi(): BookW {
  const b = new BookW(
    "tc27-renstra-pju-rambu-terminal-dishub-bukit-rawi-jaya.xlsx",
    "T-C.27 Renstra funding (2025-2029)",
    "T-C.27 of a kota in Kalimantan Tengah: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Tahun ke-1' .. 'Tahun ke-5' > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit | Lokasi; three header rows, ordinal years from the title, (dalam ribuan rupiah), number row '17 = 7+9+11+13+15'",
  );
  const S = "T-C.27 Dishub";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT RAWI JAYA", "DINAS PERHUBUNGAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Perhubungan Kota Bukit Rawi Jaya",
    "Renstra Perangkat Daerah Tahun 2025-2029 (dalam ribuan rupiah)",
  ]);
  s.gap();
  const plan: PlanRow[] = [
    {
      id: "prog",
      kode: "2.15.02",
      nm: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Rasio PJU terpasang terhadap kebutuhan",
      sat: "%",
      level: true,
      awal: 62.5,
      k: [66, 70, 74, 78, 82],
    },
    {
      id: "keg1",
      kode: "2.15.02.2.02",
      nm: "Penyediaan Perlengkapan Jalan di Jalan Kota",
      ind: "Persentase ruas jalan kota yang dilengkapi rambu dan PJU",
      sat: "%",
      level: true,
      awal: 48,
      k: [53, 58, 63, 68, 73],
    },
    {
      id: "sub1",
      kode: "2.15.02.2.02.0001",
      nm: "Pengadaan dan Pemasangan Rambu Lalu Lintas",
      ind: "Jumlah rambu lalu lintas yang terpasang",
      sat: "unit",
      level: false,
      awal: 115,
      k: [120, 130, 140, 140, 150],
      rp: [1_450_000, 1_575_000, 1_690_000, 1_720_000, 1_845_000],
    },
    {
      id: "sub2",
      kode: "2.15.02.2.02.0002",
      nm: "Pengadaan dan Pemasangan Penerangan Jalan Umum (PJU)",
      ind: "Jumlah titik PJU yang terpasang",
      sat: "titik",
      level: false,
      awal: 240,
      k: [250, 275, 300, 300, 325],
      rp: [3_125_000, 3_437_500, 3_750_000, 3_750_000, 4_062_500],
    },
    {
      id: "keg2",
      kode: "2.15.02.2.05",
      nm: "Pengelolaan Terminal Penumpang Tipe C",
      ind: "Jumlah terminal tipe C yang memenuhi standar pelayanan",
      sat: "unit",
      level: true,
      awal: 1,
      k: [1, 2, 2, 3, 3],
    },
    // planted: coded under kegiatan 2.15.02.2.03 although it stands under 2.15.02.2.05
    {
      id: "sub3",
      kode: "2.15.02.2.03.0001",
      nm: "Pembangunan dan Rehabilitasi Terminal Penumpang Tipe C",
      ind: "Jumlah terminal tipe C yang direhabilitasi",
      sat: "unit",
      level: false,
      awal: 0,
      k: [0, 1, 0, 1, 0],
      rp: [620_000, 1_480_000, 710_000, 1_390_000, 745_000],
    },
  ];
  const Y = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
    },
    ...Y.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: 4 + 2 * y,
      },
      {
        key: `rp${y}`,
        head: ["Target Kinerja Program dan Kerangka Pendanaan", `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: 5 + 2 * y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      num: 16,
    },
    {
      key: "rpa",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      num: "17 = 7+9+11+13+15",
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 16 },
  ];
  const kids: Record<string, string[]> = { prog: ["keg1", "keg2"], keg1: ["sub1", "sub2"], keg2: ["sub3"] };
  const rows: Row[] = plan.map((p) => ({
    id: p.id,
    bold: p.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: p.kode,
        nm: p.nm,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        unit:
          p.id === "prog"
            ? "Dinas Perhubungan"
            : p.id.startsWith("sub3") || p.id === "keg2"
              ? "UPT Terminal"
              : "Bidang LLAJ",
        lok:
          p.id.startsWith("sub3") || p.id === "keg2" ? "Terminal Pahandut Seberang" : "Kota Bukit Rawi Jaya",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = p.k[i];
        out[`rp${y}`] = p.rp ? p.rp[i] : fx(kids[p.id].map((id) => c.a(`rp${y}`, id)).join("+"));
      });
      // planted: the program's rate gets the sum of its five targets
      out.ka = p.id === "prog" ? sumOf(p.k) : p.level ? p.k[4] : fx(Y.map((y) => c.a(`k${y}`)).join("+"));
      out.rpa = fx(Y.map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: target rasio dan persentase bersifat kumulatif (nilai akhir), jumlah unit bersifat tahunan.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Bukit Rawi Jaya, 3 Maret 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN KOTA BUKIT RAWI JAYA,"],
    nama: "RIDUAN NYAHU, S.Sos., M.A.P.",
    pangkat: "Pembina (IV/a)",
    nip: "19780209 200501 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("ka", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the program's Rasio PJU (a rate) is 370, the five targets added; the rate's end value is the 2029 target 82",
    truth: a("k5", "prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "sub3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pembangunan dan Rehabilitasi Terminal Tipe C is coded 2.15.02.2.03.0001 under kegiatan 2.15.02.2.05",
    truth: a("kode", "keg2"),
    actual: `PARENT(${a("kode", "sub3")})`,
  });
  for (const id of ["keg1", "keg2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k5", id),
      trap: ks(id),
    });
  for (const id of ["sub1", "sub2", "sub3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      ...(id !== "sub3" ? { trap: a("k5", id) } : {}),
    });
  for (const p of plan)
    b.ok({
      sheet: S,
      cell: a("rpa", p.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: Y.map((y) => a(`rp${y}`, p.id)).join("+"),
    });
  for (const id of ["prog", "keg1", "keg2"])
    for (const y of Y)
      b.ok({
        sheet: S,
        cell: a(`rp${y}`, id),
        rules: ["sum-mismatch"],
        truth: kids[id].map((k) => a(`rp${y}`, k)).join("+"),
      });
  for (const [kid, par] of [
    ["sub1", "keg1"],
    ["sub2", "keg1"],
    ["keg1", "prog"],
    ["keg2", "prog"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", kid),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", kid)})`,
      actual: a("kode", par),
    });
  b.ok({ sheet: S, cell: a("k5", "keg1"), rules: ["target-trend"], truth: "73" });
  return b.finish();
}

const sumOf = (xs: number[]): number => round(xs.reduce((n, v) => n + v, 0));
