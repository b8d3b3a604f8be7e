// Planning tables of two Dinas Perhubungan: the T-C.30 review of the Rancangan Awal RKPD 2025 of Kota
// Segara Lila (Bali) with Kepmendagri codes, pagu indikatif and the needs analysis beside it, and the
// Renstra funding table of Kota Pancor Sari (Nusa Tenggara Barat) with Pagu Murni and Pagu Perubahan
// per year. Every office, person and number is invented.
import { BookW, RP, fx, letterhead, signature, sum, type Cell, type Col, type Ctx } from "../forms/kit";

type RRow = {
  id: string;
  lvl: "p" | "k" | "s";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  lok: string;
  t: number;
  pagu?: number;
  /** needs analysis; default the same target and pagu */
  t2?: number;
  pagu2?: number;
  cat?: string;
};

/** T-C.30 Review terhadap Rancangan Awal RKPD 2025, Dinas Perhubungan Kota Segara Lila. */
export function tc30DishubSegaraLila(): BookW {
  const b = new BookW(
    "tc30-review-rancangan-awal-rkpd-dishub-segara-lila-2025.xlsx",
    "T-C.30 review of the Rancangan Awal RKPD (Renja, Dinas Perhubungan kota)",
    "No | Kode Rekening | Program / Kegiatan / Sub Kegiatan | Rancangan Awal RKPD 2025 > Lokasi / Indikator Kinerja / Satuan / Target Capaian / Pagu Indikatif (Rp) | Hasil Analisis Kebutuhan > Target Capaian / Kebutuhan Dana (Rp) | Catatan Penting, number row (1) .. (11); codes 2.15.xx; program = its kegiatan rows, kegiatan = SUM of its sub kegiatan, JUMLAH = the programs",
  );
  const S = "T-C.30";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SEGARA LILA", "DINAS PERHUBUNGAN"]);
  s.lines(
    [
      "Tabel T-C.30",
      "Review terhadap Rancangan Awal RKPD Tahun 2025",
      "Kota Segara Lila - Dinas Perhubungan",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const KOTA = "Kota Segara Lila";
  const rows: RRow[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "2.15.02",
      nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      ind: "Persentase ruas jalan kota yang dilengkapi perlengkapan jalan sesuai standar",
      sat: "%",
      lok: KOTA,
      t: 78,
    },
    {
      id: "k1",
      lvl: "k",
      kode: "2.15.02.2.01",
      nama: "Penetapan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah dokumen perencanaan LLAJ yang ditetapkan",
      sat: "dokumen",
      lok: KOTA,
      t: 2,
    },
    {
      id: "k1s1",
      lvl: "s",
      kode: "2.15.02.2.01.0001",
      nama: "Penyusunan Rencana Induk Jaringan LLAJ Kabupaten/Kota",
      ind: "Jumlah dokumen rencana induk jaringan LLAJ",
      sat: "dokumen",
      lok: KOTA,
      t: 1,
      pagu: 385_000_000,
    },
    {
      id: "k1s2",
      lvl: "s",
      kode: "2.15.02.2.01.0002",
      nama: "Koordinasi dan Sinkronisasi Penetapan Rencana Induk Jaringan LLAJ",
      ind: "Jumlah laporan koordinasi",
      sat: "laporan",
      lok: KOTA,
      t: 1,
      pagu: 96_500_000,
    },
    {
      id: "k2",
      lvl: "k",
      kode: "2.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      ind: "Jumlah ruas jalan yang dilengkapi perlengkapan jalan",
      sat: "ruas",
      lok: "Kec. Segara Kaja, Segara Kelod, Lila Kangin",
      t: 14,
      t2: 16,
    },
    {
      id: "k2s1",
      lvl: "s",
      kode: "2.15.02.2.02.0001",
      nama: "Pengadaan Rambu Lalu Lintas",
      ind: "Jumlah rambu lalu lintas yang terpasang",
      sat: "unit",
      lok: "Kec. Segara Kaja, Segara Kelod",
      t: 240,
      pagu: 1_176_000_000,
    },
    {
      id: "k2s2",
      lvl: "s",
      kode: "2.15.02.2.02.0002",
      nama: "Pengadaan Marka Jalan",
      ind: "Luas marka jalan yang terpasang",
      sat: "m2",
      lok: "Kec. Lila Kangin",
      t: 18_500,
      pagu: 1_387_500_000,
      t2: 21_000,
      pagu2: 1_575_000_000,
      cat: "Penambahan ruas Jl. Pantai Lila sesuai hasil Musrenbang",
    },
    {
      id: "k2s3",
      lvl: "s",
      kode: "2.15.02.2.03.0003",
      nama: "Pengadaan Alat Pemberi Isyarat Lalu Lintas (APILL)",
      ind: "Jumlah simpang yang dilengkapi APILL",
      sat: "simpang",
      lok: "Simpang Catur Lila, Simpang Pasar Kangin",
      t: 2,
      pagu: 2_145_000_000,
    },
    {
      id: "k3",
      lvl: "k",
      kode: "2.15.02.2.04",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      ind: "Persentase kendaraan wajib uji yang diuji tepat waktu",
      sat: "%",
      lok: "UPTD PKB",
      t: 85,
    },
    {
      id: "k3s1",
      lvl: "s",
      kode: "2.15.02.2.04.0001",
      nama: "Pelaksanaan Uji Berkala Kendaraan Bermotor",
      ind: "Jumlah kendaraan yang diuji",
      sat: "unit",
      lok: "UPTD PKB",
      t: 16_800,
      pagu: 842_600_000,
    },
    {
      id: "k3s2",
      lvl: "s",
      kode: "2.15.02.2.04.0002",
      nama: "Pemeliharaan dan Kalibrasi Alat Uji Kendaraan Bermotor",
      ind: "Jumlah alat uji yang terkalibrasi",
      sat: "unit",
      lok: "UPTD PKB",
      t: 9,
      pagu: 318_750_000,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "2.15.03",
      nama: "PROGRAM PENGELOLAAN PELAYARAN",
      ind: "Persentase dermaga penyeberangan lokal yang laik operasi",
      sat: "%",
      lok: KOTA,
      t: 80,
    },
    {
      id: "k4",
      lvl: "k",
      kode: "2.15.03.2.03",
      nama: "Penerbitan Izin Usaha Angkutan Laut bagi Badan Usaha yang Berdomisili dalam Wilayah Kabupaten/Kota",
      ind: "Jumlah izin usaha angkutan laut yang diterbitkan",
      sat: "izin",
      lok: KOTA,
      t: 12,
    },
    {
      id: "k4s1",
      lvl: "s",
      kode: "2.15.03.2.03.0001",
      nama: "Fasilitasi Pemenuhan Persyaratan Izin Usaha Angkutan Laut",
      ind: "Jumlah badan usaha yang difasilitasi",
      sat: "badan usaha",
      lok: "Pelabuhan Rakyat Tanjung Lila",
      t: 12,
      pagu: 148_300_000,
    },
  ];
  const subsOf = (kid: string) => rows.filter((r) => r.lvl === "s" && r.id.startsWith(`${kid}s`));
  const kegOf = (pid: string) => {
    const i = rows.findIndex((r) => r.id === pid);
    const out: RRow[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lvl !== "p"; j++)
      if (rows[j].lvl === "k") out.push(rows[j]);
    return out;
  };
  const RA = "Rancangan Awal RKPD Tahun 2025";
  const HA = "Hasil Analisis Kebutuhan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "(2)", width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(3)", width: 44 },
    { key: "lok", head: [RA, "Lokasi"], role: "lokasi", num: "(4)", width: 22 },
    { key: "ind", head: [RA, "Indikator Kinerja"], role: "indikator", num: "(5)", width: 36 },
    { key: "sat", head: [RA, "Satuan"], role: "satuan", num: "(6)", width: 9 },
    {
      key: "t",
      head: [RA, "Target Capaian"],
      role: "target",
      year: 2025,
      num: "(7)",
      fmt: "#,##0",
      width: 10,
    },
    {
      key: "rp",
      head: [RA, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(8)",
      fmt: RP,
      width: 17,
    },
    {
      key: "t2",
      head: [HA, "Target Capaian"],
      role: "target",
      year: 2025,
      num: "(9)",
      fmt: "#,##0",
      width: 10,
    },
    {
      key: "rp2",
      head: [HA, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(10)",
      fmt: RP,
      width: 17,
    },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(11)", width: 30 },
  ];
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((q) => ({
        id: q.id,
        bold: q.lvl !== "s",
        cells: (x: Ctx) => {
          const money = (key: "rp" | "rp2"): Cell => {
            if (q.lvl === "s") return key === "rp" ? q.pagu : (q.pagu2 ?? q.pagu);
            if (q.lvl === "k") {
              const subs = subsOf(q.id);
              // planted: kegiatan 2.15.02.2.04's needs total stops at its first sub kegiatan
              const last = q.id === "k3" && key === "rp2" ? subs[0] : subs[subs.length - 1];
              return fx(`SUM(${x.a(key, subs[0].id)}:${x.a(key, last.id)})`);
            }
            return fx(
              kegOf(q.id)
                .map((k) => x.a(key, k.id))
                .join("+"),
            );
          };
          return {
            no: q.lvl === "p" ? String(++no) : null,
            kode: q.kode,
            nama: q.nama,
            lok: q.lok,
            ind: q.ind,
            sat: q.sat,
            t: q.t,
            rp: money("rp"),
            t2: q.t2 ?? q.t,
            rp2: money("rp2"),
            cat: q.cat ?? (q.lvl === "s" ? "Sesuai" : null),
          };
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "sat"] as [string, string],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          rp: fx(`${x.a("rp", "p1")}+${x.a("rp", "p2")}`),
          rp2: fx(`${x.a("rp2", "p1")}+${x.a("rp2", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Segara Lila, 18 Maret 2024",
    jabatan: ["Kepala Dinas Perhubungan", "Kota Segara Lila,"],
    nama: "I KETUT ARSA WIGUNA, S.T., M.T.",
    nip: "19760512 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const k3s = subsOf("k3");
  b.plant({
    at: { sheet: S, cell: a("kode", "k2s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan APILL is coded 2.15.02.2.03.0003 (kegiatan 2.15.02.2.03) under kegiatan 2.15.02.2.02; its code is 2.15.02.2.02.0003",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "k2s3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp2", "k3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Kebutuhan Dana of kegiatan 2.15.02.2.04 = SUM of its first sub kegiatan only (${k3s[0].pagu}); both give ${sum(k3s.map((x) => x.pagu!))}`,
    truth: `SUM(${a("rp2", k3s[0].id)}:${a("rp2", k3s[1].id)})`,
  });
  for (const q of rows) {
    if (q.lvl === "s" && q.id !== "k2s3") {
      const parent = q.id.replace(/s\d+$/, "");
      b.ok({
        sheet: S,
        cell: a("kode", q.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parent),
        actual: `PARENT(${a("kode", q.id)})`,
      });
    }
    if (q.lvl === "k") {
      const pid = rows.filter((r) => r.lvl === "p" && rows.indexOf(r) < rows.indexOf(q)).pop()!.id;
      b.ok({
        sheet: S,
        cell: a("kode", q.id),
        rules: ["code-hierarchy"],
        truth: a("kode", pid),
        actual: `PARENT(${a("kode", q.id)})`,
      });
    }
  }
  const subs2 = subsOf("k2");
  b.ok({
    sheet: S,
    cell: a("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", subs2[0].id)}:${a("rp", subs2[2].id)})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp2", "k2"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `SUM(${a("rp2", subs2[0].id)}:${a("rp2", subs2[2].id)})`,
    trap: a("rp", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "k1")}+${a("rp", "k2")}+${a("rp", "k3")}`,
    trap: `SUM(${a("rp", "k1")}:${a("rp", "k3s2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "p1")}+${a("rp", "p2")}`,
    trap: `SUM(${a("rp", "p1")}:${a("rp", "k4s1")})`,
  });
  return b.finish();
}

type FRow = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  m?: number[];
  u?: number[];
  pj: string;
};

/** Tabel pendanaan Renstra Dinas Perhubungan Kota Pancor Sari, Pagu Murni / Perubahan 2022-2024. */
export function renstraPaguPancorSari(): BookW {
  const b = new BookW(
    "pendanaan-renstra-pagu-murni-perubahan-dishub-pancor-sari.xlsx",
    "Renstra funding table with Pagu Murni / Pagu Perubahan per year (Dinas Perhubungan kota)",
    "sheet 'Pendanaan Renstra': No | Kode | Program / Kegiatan | Tahun 2022 / 2023 / 2024 > Pagu Murni / Pagu Perubahan | Jumlah Pagu Perubahan 2022-2024 (Rp) | Unit Penanggung Jawab; program rows SUM their kegiatan, TOTAL row; 2023 cut by refocusing (Perubahan below Murni)",
  );
  const S = "Pendanaan Renstra";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PANCOR SARI", "DINAS PERHUBUNGAN"]);
  s.lines(
    [
      "PENDANAAN PROGRAM DAN KEGIATAN RENSTRA DINAS PERHUBUNGAN 2021-2026",
      "Pagu Murni dan Pagu Perubahan Tahun 2022 s.d. 2024 (dalam rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows: FRow[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "2.15.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      pj: "Sekretariat",
    },
    {
      id: "k11",
      lvl: "k",
      kode: "2.15.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      m: [4_812_450_000, 5_036_700_000, 5_198_300_000],
      u: [4_905_120_000, 4_877_250_000, 5_264_900_000],
      pj: "Subbag Keuangan",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "2.15.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      m: [612_300_000, 648_750_000, 671_200_000],
      u: [598_400_000, 603_150_000, 684_500_000],
      pj: "Subbag Umum dan Kepegawaian",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "2.15.02",
      nama: "PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)",
      pj: "Bidang LLAJ",
    },
    {
      id: "k21",
      lvl: "k",
      kode: "2.15.02.2.02",
      nama: "Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota",
      m: [2_946_000_000, 3_415_500_000, 3_780_000_000],
      u: [3_128_750_000, 2_874_600_000, 3_952_400_000],
      pj: "Seksi Manajemen dan Rekayasa Lalu Lintas",
    },
    {
      id: "k22",
      lvl: "k",
      kode: "2.15.02.2.04",
      nama: "Pengujian Berkala Kendaraan Bermotor",
      m: [905_600_000, 968_250_000, 1_012_400_000],
      u: [889_300_000, 941_700_000, 1_047_850_000],
      pj: "UPTD Pengujian Kendaraan Bermotor",
    },
    {
      id: "k23",
      lvl: "k",
      kode: "2.15.02.2.05",
      nama: "Pengelolaan Terminal Penumpang Tipe C",
      m: [436_800_000, 472_900_000, 515_600_000],
      u: [441_250_000, 458_300_000, 528_750_000],
      pj: "UPTD Terminal Mandalika Sari",
    },
  ];
  const Y = [2022, 2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], width: 44 },
    ...Y.flatMap((y, i): Col[] => [
      { key: `m${i}`, head: [`Tahun ${y}`, "Pagu Murni"], role: "anggaran", year: y, fmt: RP, width: 17 },
      { key: `u${i}`, head: [`Tahun ${y}`, "Pagu Perubahan"], role: "anggaran", year: y, fmt: RP, width: 17 },
    ]),
    { key: "tot", head: ["Jumlah Pagu Perubahan 2022-2024 (Rp)"], role: "anggaran", fmt: RP, width: 19 },
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 26 },
  ];
  const MONEY = ["m0", "u0", "m1", "u1", "m2", "u2"];
  const kegs = (pid: string) => {
    const i = rows.findIndex((r) => r.id === pid);
    const out: FRow[] = [];
    for (let j = i + 1; j < rows.length && rows[j].lvl === "k"; j++) out.push(rows[j]);
    return out;
  };
  const p2u1 = sum(kegs("p2").map((k) => k.u![1]));
  const p2u1Typed = 4_724_600_000;
  let no = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "merge",
    rows: [
      ...rows.map((q) => ({
        id: q.id,
        bold: q.lvl === "p",
        cells: (x: Ctx) => {
          const out: Record<string, Cell> = {
            no: q.lvl === "p" ? ++no : null,
            kode: q.kode,
            nama: q.nama,
            pj: q.pj,
          };
          if (q.lvl === "k")
            Y.forEach((_, i) => {
              out[`m${i}`] = q.m![i];
              out[`u${i}`] = q.u![i];
            });
          else {
            const ks = kegs(q.id);
            for (const k of MONEY) out[k] = fx(`SUM(${x.a(k, ks[0].id)}:${x.a(k, ks[ks.length - 1].id)})`);
            // planted: the program's 2023 Perubahan typed from an older draft of the APBD-P
            if (q.id === "p2") out.u1 = p2u1Typed;
          }
          // planted: Pengujian Berkala's total takes the 2024 Murni instead of the Perubahan
          out.tot = fx(`${x.a("u0")}+${x.a("u1")}+${x.a(q.id === "k22" ? "m2" : "u2")}`);
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nama"] as [string, string],
        cells: (x: Ctx) => {
          const out: Record<string, Cell> = { no: "TOTAL" };
          for (const k of [...MONEY, "tot"]) out[k] = fx(`${x.a(k, "p1")}+${x.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: Pagu Perubahan Tahun 2023 lebih rendah dari Pagu Murni karena refocusing anggaran (Perwali Nomor 31 Tahun 2023).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pancor Sari, 20 Februari 2025",
    jabatan: ["Kepala Dinas Perhubungan", "Kota Pancor Sari,"],
    nama: "H. LALU AHMAD FAUZAN, S.T., M.Eng.",
    pangkat: "Pembina Utama Muda",
    nip: "19710815 199803 1 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  if (Math.abs(p2u1 - p2u1Typed) < 50_000_000) throw new Error(`renstra: weak plant ${p2u1}`);
  b.plant({
    at: { sheet: S, cell: a("tot", "k22") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah Pagu Perubahan of Pengujian Berkala adds the 2024 Pagu Murni 1,012,400,000 instead of the Perubahan 1,047,850,000 (2,843,400,000 for 2,878,850,000)",
    truth: `${a("u0", "k22")}+${a("u1", "k22")}+${a("u2", "k22")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("u1", "p2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Pagu Perubahan 2023 of the LLAJ program typed 4,724,600,000 among SUM formulas; its three kegiatan give ${p2u1.toLocaleString("en-US")}`,
    truth: `SUM(${a("u1", "k21")}:${a("u1", "k23")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tot", "k21"),
    rules: ["sum-mismatch"],
    truth: `${a("u0", "k21")}+${a("u1", "k21")}+${a("u2", "k21")}`,
    trap: `SUM(${a("m0", "k21")}:${a("u2", "k21")})`,
  });
  b.ok({
    sheet: S,
    cell: a("u1", "k21"),
    rules: ["target-trend", "sum-mismatch"],
    truth: "2874600000",
    trap: a("m1", "k21"),
  });
  b.ok({
    sheet: S,
    cell: a("m2", "p2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m2", "k21")}:${a("m2", "k23")})`,
  });
  b.ok({
    sheet: S,
    cell: a("u2", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("u2", "p1")}+${a("u2", "p2")}`,
    trap: `SUM(${a("u2", "p1")}:${a("u2", "k23")})`,
  });
  return b.finish();
}
