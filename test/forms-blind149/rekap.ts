// The Disdukcapil of an invented Sulawesi Selatan kabupaten (Tanah Lamoa): the KTP-el perekaman and
// KIA recap per kecamatan, and the E.81 evaluation of its Renja 2024 (program 2.12.02 Pendaftaran
// Penduduk) with ordinal (n-1) / (n-2) headers. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ============================================= rekap perekaman KTP-el dan KIA per kecamatan, 2024

type Kec = { id: string; nama: string; wajib: number; rekam: number; anak: number; kia: number };

export function rekapPerekamanLamoa(): BookW {
  const b = new BookW(
    "rekap-perekaman-ktpel-kia-kecamatan-disdukcapil-tanah-lamoa.xlsx",
    "Rekap perekaman KTP-el dan KIA per kecamatan (Disdukcapil)",
    "Rekap per kecamatan, semester II 2024, Disdukcapil of an invented Sulawesi Selatan kabupaten: No | Kecamatan | 'Perekaman KTP-el' > Wajib KTP-el | Sudah Rekam | Belum Rekam | % Perekaman | 'Kartu Identitas Anak (KIA)' > Anak 0-17 Tahun | Memiliki KIA | Cakupan KIA (%); number row 1 .. '5 = 3 - 4', '6 = 4 / 3 x 100', '9 = 8 / 7 x 100'; JUMLAH row whose % are ratios of the totals",
  );
  const S = "Rekap Kecamatan Smt II 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH LAMOA",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
    "Jl. Poros Lamoa - Bontomarannu Km. 2, Sungguminasa Baru",
  ]);
  s.lines([
    "REKAPITULASI PEREKAMAN KTP-el DAN KEPEMILIKAN KARTU IDENTITAS ANAK (KIA) MENURUT KECAMATAN",
    "Keadaan s.d. Semester II Tahun 2024 (sumber: SIAK Terpusat, DKB Semester II 2024)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Lamoa", wajib: 48_216, rekam: 47_305, anak: 19_842, kia: 11_927 },
    { id: "k2", nama: "Bontomarannu Raya", wajib: 36_584, rekam: 35_611, anak: 15_306, kia: 8_140 },
    { id: "k3", nama: "Pattallassang Hilir", wajib: 29_773, rekam: 26_355, anak: 12_418, kia: 5_206 },
    { id: "k4", nama: "Tompobulu Baru", wajib: 22_940, rekam: 21_968, anak: 9_715, kia: 3_882 },
    { id: "k5", nama: "Bulukunyi Utara", wajib: 31_027, rekam: 30_114, anak: 13_059, kia: 6_731 },
    { id: "k6", nama: "Sanrobone Timur", wajib: 18_462, rekam: 17_790, anak: 7_604, kia: 3_095 },
    { id: "k7", nama: "Galesong Selatan Baru", wajib: 26_105, rekam: 25_438, anak: 10_987, kia: 5_512 },
  ];
  const GK = "Perekaman KTP-el";
  const GA = "Kartu Identitas Anak (KIA)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 22 },
    { key: "wajib", head: [GK, "Wajib KTP-el (jiwa)"], num: "3", fmt: INT, width: 12 },
    { key: "rekam", head: [GK, "Sudah Rekam"], role: "realisasi", year: 2024, num: "4", fmt: INT, width: 12 },
    { key: "belum", head: [GK, "Belum Rekam"], num: "5 = 3 - 4", fmt: INT, width: 12 },
    {
      key: "pct",
      head: [GK, "% Perekaman"],
      role: "capaian",
      year: 2024,
      num: "6 = 4 / 3 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "anak", head: [GA, "Anak 0-17 Tahun (jiwa)"], num: "7", fmt: INT, width: 12 },
    { key: "kia", head: [GA, "Memiliki KIA"], role: "realisasi", year: 2024, num: "8", fmt: INT, width: 12 },
    {
      key: "pkia",
      head: [GA, "Cakupan KIA (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 8 / 7 x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  const tot = (k: string, x: Ctx, last = "k7") => fx(`SUM(${x.a(k, "k1")}:${x.a(k, last)})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          wajib: k.wajib,
          rekam: k.rekam,
          // planted: Pattallassang Hilir's Belum Rekam typed 4,318 (29,773 - 26,355 = 3,418)
          belum: k.id === "k3" ? 4_318 : fx(`${x.a("wajib")}-${x.a("rekam")}`),
          pct: fx(`ROUND(${x.a("rekam")}/${x.a("wajib")}*100,2)`),
          anak: k.anak,
          kia: k.kia,
          pkia: fx(`ROUND(${x.a("kia")}/${x.a("anak")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH KABUPATEN",
          wajib: tot("wajib", x),
          rekam: tot("rekam", x),
          belum: tot("belum", x),
          pct: fx(`ROUND(${x.a("rekam")}/${x.a("wajib")}*100,2)`),
          anak: tot("anak", x),
          // planted: the SUM of Memiliki KIA stops at Sanrobone Timur (Galesong Selatan Baru left out)
          kia: tot("kia", x, "k6"),
          pkia: fx(`ROUND(${x.a("kia")}/${x.a("anak")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Wajib KTP-el: penduduk berumur 17 tahun ke atas atau sudah/pernah kawin.",
    "2. Persentase pada baris jumlah dihitung dari angka jumlah, bukan penjumlahan persentase kecamatan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sungguminasa Baru, 8 Januari 2025",
    jabatan: ["KEPALA DINAS KEPENDUDUKAN DAN", "PENCATATAN SIPIL,"],
    nama: "Drs. ANDI MUH. YUSRAN PATONGAI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720614 199303 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("belum", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Belum Rekam of Pattallassang Hilir is a typed 4,318 among (3) - (4) formulas; 29,773 - 26,355 gives 3,418 (two digits swapped)",
    truth: `${a("wajib", "k3")}-${a("rekam", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kia", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of Memiliki KIA is =SUM over Lamoa .. Sanrobone Timur = 38,981, Galesong Selatan Baru's 5,512 left out; the seven kecamatan give 44,493",
    truth: `SUM(${a("kia", "k1")}:${a("kia", "k7")})`,
  });
  for (const k of K) {
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("belum", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("wajib", k.id)}-${a("rekam", k.id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("pct", k.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("rekam", k.id)}/${a("wajib", k.id)}*100,2)`,
    });
  }
  for (const k of ["wajib", "rekam", "anak"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  // the % of the JUMLAH row is the ratio of the totals, not the sum of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("rekam", "k1")}:${a("rekam", "k7")})/SUM(${a("wajib", "k1")}:${a("wajib", "k7")})*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k7")})`,
  });
  return b.finish();
}

// ======================================================== E.81 evaluasi Renja Disdukcapil 2024

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
  kq: number[];
  rpq: number[];
};

export function e81Lamoa(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-disdukcapil-tanah-lamoa-2024.xlsx",
    "E.81 evaluasi hasil Renja (Disdukcapil)",
    "E.81 of a Disdukcapil in Sulawesi Selatan for year n-1 = 2024 (title), program 2.12.02: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) Target Renstra akhir periode | (6) Realisasi s.d. Renja tahun lalu (n-2) | (7) Target Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each Kinerja | Anggaran (Rp); number row merged over the pairs: '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13 / 5 x 100'; the perekaman rate is a level; Rata-rata and Predikat rows",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH LAMOA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Perangkat Daerah",
    "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Lamoa",
    "Renja Tahun 2024 (n-1), periode Renstra 2022-2026",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.12.02.2.01.0001",
      nm: "Pelayanan Pendaftaran Penduduk",
      ind: "Jumlah keping KTP-el yang dicetak",
      sat: "keping",
      level: false,
      k5: 62_000,
      rp5: 3_150_000_000,
      k6: 31_870,
      rp6: 1_604_250_000,
      k7: 12_500,
      rp7: 648_000_000,
      kq: [2_914, 3_406, 3_288, 3_107],
      rpq: [128_450_000, 171_300_000, 164_925_000, 158_760_000],
    },
    {
      id: "s2",
      kode: "2.12.02.2.01.0002",
      nm: "Penataan Pendaftaran Penduduk",
      ind: "Persentase penduduk wajib KTP-el yang telah melakukan perekaman",
      sat: "%",
      level: true,
      k5: 99,
      rp5: 1_480_000_000,
      k6: 95.42,
      rp6: 842_600_000,
      k7: 97,
      rp7: 312_500_000,
      kq: [95.86, 96.3, 96.74, 97.05],
      rpq: [61_200_000, 84_375_000, 79_640_000, 80_915_000],
    },
    {
      id: "s3",
      kode: "2.12.02.2.01.0003",
      nm: "Penyelenggaraan Pendaftaran Penduduk",
      ind: "Jumlah Kartu Identitas Anak (KIA) yang diterbitkan",
      sat: "keping",
      level: false,
      k5: 48_000,
      rp5: 1_225_000_000,
      k6: 21_640,
      rp6: 598_400_000,
      k7: 10_000,
      rp7: 265_000_000,
      kq: [1_862, 2_745, 2_910, 2_318],
      rpq: [38_700_000, 72_150_000, 76_480_000, 71_905_000],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, "Kinerja"], role: kRole, year, num, fmt: "#,##0.00", width: 10 },
    { key: `rp${key}`, head: [head, "Anggaran (Rp)"], role: rpRole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja pada Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun n-1",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "Kinerja"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. Tahun n-1 (%)", "Anggaran (Rp)"],
      role: "capaian",
      num: "14 = 13 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
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
        pj: "Bidang Dafduk",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: s1's Rp (12) typed 632,435,000 (the quarters give 623,435,000)
      out.rp12 = x.id === "s1" ? 632_435_000 : fx(qr.map((k) => c.a(k)).join("+"));
      // planted: s3's K (13) takes (12) only, the realisasi s.d. 2023 left out
      out.k13 = x.level || x.id === "s3" ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const upRow = (id: string, from: string[], cells: Record<string, Cell>, level: boolean): Row => ({
    id,
    bold: id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { ...cells };
      for (const k of rpKeys)
        out[k] = fx(
          from.length > 1 ? `SUM(${c.a(k, from[0])}:${c.a(k, from[from.length - 1])})` : c.a(k, from[0]),
        );
      out.k12 = level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: {
          kode: "2.12",
          nm: "URUSAN PEMERINTAHAN BIDANG ADMINISTRASI KEPENDUDUKAN DAN PENCATATAN SIPIL",
        },
      },
      upRow(
        "prog",
        ["keg"],
        {
          kode: "2.12.02",
          nm: "PROGRAM PENDAFTARAN PENDUDUK",
          ind: "Persentase penduduk yang memiliki dokumen kependudukan",
          sat: "%",
          k5: 98,
          k6: 94.1,
          k7: 96,
          kq1: 94.55,
          kq2: 95.02,
          kq3: 95.6,
          kq4: 96.18,
          pj: "Disdukcapil",
        },
        true,
      ),
      upRow(
        "keg",
        ["s1", "s3"],
        {
          kode: "2.12.02.2.01",
          nm: "Pelayanan Pendaftaran Penduduk",
          ind: "Jumlah dokumen pendaftaran penduduk yang diterbitkan",
          sat: "dokumen",
          k5: 245_000,
          k6: 128_460,
          k7: 49_000,
          kq1: 11_284,
          kq2: 12_930,
          kq3: 13_105,
          kq4: 12_652,
          pj: "Bidang Dafduk",
        },
        false,
      ),
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja dan realisasi anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "-", rp14: "-" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pelayanan jemput bola perekaman KTP-el di sekolah dan desa terpencil.",
    "Faktor penghambat: keterbatasan blangko KTP-el pada triwulan I dan gangguan jaringan SIAK.",
    "Tindak lanjut: penambahan jadwal layanan keliling KIA bersama sekolah dasar.",
  ]);
  s.gap();
  signature(s, 20, {
    tempat: "Sungguminasa Baru, 27 Januari 2025",
    jabatan: ["Kepala Dinas Kependudukan dan Pencatatan Sipil,"],
    nama: "Drs. ANDI MUH. YUSRAN PATONGAI, M.Si.",
    nip: "19720614 199303 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 2.12.02.2.01.0001 is a typed 632,435,000 among quarter-sum formulas; Triwulan I-IV give 623,435,000",
    truth: qr.map((k) => a(k, "s1")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k13", "s3") },
    rules: ["sum-mismatch"],
    note: "Realisasi K s.d. 2024 (13) of the KIA printed (a flow) is =(12) only, 9,835; (6) + (12) = 21,640 + 9,835 gives 31,475",
    truth: `${a("k6", "s3")}+${a("k12", "s3")}`,
  });
  // the perekaman rate is a level: (12) is the Triwulan IV value, (13) the latest level
  for (const id of ["s2", "prog"]) {
    b.ok({
      sheet: S,
      cell: a("k12", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: qk.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("k13", id),
      rules: ["sum-mismatch"],
      truth: a("kq4", id),
      trap: `${a("k6", id)}+${a("k12", id)}`,
    });
  }
  for (const id of ["s1", "s3", "keg"])
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
  for (const id of ["s1", "keg"])
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s2", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  b.finish();
  // the predikat words follow the averages as shown (both averages follow a planted row)
  for (const k of ["k14", "rp14"]) {
    const v = s.ws.getCell(a(k, "avg")).value as { result: number };
    s.ws.getCell(a(k, "pred")).value = predikat(v.result);
  }
  return b;
}
