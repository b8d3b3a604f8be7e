// The Perjanjian Kinerja 2025 of a Dinas Koperasi dan UKM (Kota Watuleme, Sulawesi Tenggara) with its
// Rencana Aksi sheet: the PK sheet holds the statement, the indicator table and the program table
// with a Jumlah; the Rencana Aksi spreads each target over the quarters (counts by quarter adding to
// the year, percentages as levels whose fourth quarter is the year). Every name and number is
// invented; the program codes follow Kepmendagri 900.1.15.5-1317/2023 in shape.
import { BookW, DEC, INT, RP, fmt, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";
import { must } from "./common";

type KIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  q: number[];
  flow?: boolean;
  aksi: string;
  pj: string;
};

/** PK 2025 and Rencana Aksi 2025 of the Dinas Koperasi dan UKM Kota Watuleme. */
export function pkDiskop(): BookW {
  const b = new BookW(
    "pk-renaksi-triwulan-diskopukm-watuleme.xlsx",
    "PK 2025 with its Rencana Aksi (Dinas Koperasi dan UKM)",
    "sheet 'PK 2025': statement, No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target Tahun 2025, and under it No | Kode | Program | Anggaran (Rp) | Keterangan with a Jumlah SUM; sheet 'Rencana Aksi 2025': No | Indikator Kinerja | Satuan | Target Tahunan | 'Rencana Capaian per Triwulan' > TW I .. TW IV | Rencana Aksi | Penanggung Jawab; counts by quarter adding to the year, percentages as levels",
  );
  const S1 = "Meningkatnya kualitas kelembagaan dan usaha koperasi";
  const S2 = "Meningkatnya daya saing usaha mikro";
  const KL = "Bidang Kelembagaan dan Pengawasan Koperasi";
  const UM = "Bidang Usaha Mikro";
  const inds: KIn[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase koperasi aktif",
      sat: "%",
      t: 68.5,
      q: [62, 64.5, 66, 68.5],
      aksi: "Pendataan ulang dan pembinaan koperasi tidak aktif",
      pj: KL,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase koperasi yang melaksanakan RAT tepat waktu",
      sat: "%",
      t: 55,
      q: [20, 48, 52, 55],
      aksi: "Pendampingan penyelenggaraan RAT",
      pj: KL,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah usaha mikro yang naik kelas",
      sat: "unit usaha",
      t: 240,
      q: [40, 60, 70, 70],
      flow: true,
      aksi: "Kurasi dan pendampingan usaha mikro binaan",
      pj: UM,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase usaha mikro yang memiliki NIB",
      sat: "%",
      t: 72,
      q: [61, 65, 69, 72],
      aksi: "Klinik perizinan OSS keliling kelurahan",
      pj: UM,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah wirausaha baru yang difasilitasi",
      sat: "orang",
      t: 350,
      q: [50, 100, 100, 100],
      flow: true,
      aksi: "Pelatihan kewirausahaan dan inkubasi",
      pj: UM,
    },
  ];
  for (const x of inds) must(x.flow ? sum(x.q) === x.t : x.q[3] === x.t, `quarters ${x.id}`);
  // planted 1: the PK target of the RAT tepat waktu is 52.00, the 2024 target copied; the Rencana Aksi
  // (year and TW IV) gives 55.00
  const PLANT_X = { id: "i2", v: 52 };
  // planted 2: the Jumlah is =SUM over the first four programs only
  const progs = [
    {
      id: "g1",
      kode: "2.17.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 6_845_320_000,
    },
    { id: "g2", kode: "2.17.03", nama: "PROGRAM PENGAWASAN DAN PEMERIKSAAN KOPERASI", rp: 412_750_000 },
    { id: "g3", kode: "2.17.05", nama: "PROGRAM PENDIDIKAN DAN LATIHAN PERKOPERASIAN", rp: 628_400_000 },
    { id: "g4", kode: "2.17.06", nama: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI", rp: 537_900_000 },
    {
      id: "g5",
      kode: "2.17.07",
      nama: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
      rp: 1_284_600_000,
    },
  ];
  must(sum(progs.map((p) => p.rp)) === 9_708_970_000, "jumlah program");

  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KOTA WATULEME", "DINAS KOPERASI DAN USAHA KECIL MENENGAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: LA ODE MUHAMMAD SAFRUDDIN, S.E., M.M. - Jabatan: Kepala Dinas Koperasi dan UKM Kota Watuleme, selanjutnya disebut pihak pertama;",
    "Nama: Drs. H. ASRUN TAMALAKI, M.Si. - Jabatan: Wali Kota Watuleme, selaku atasan pihak pertama, selanjutnya disebut pihak kedua.",
  ]);
  s.gap();
  s.lines(["SASARAN, INDIKATOR DAN TARGET KINERJA"]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: fmt(x.id === PLANT_X.id ? PLANT_X.v : x.t, x.flow ? INT : DEC),
      },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"]);
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 10 },
      { key: "nama", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nama: p.nama, rp: p.rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "g1")}:${c.a("rp", "g4")})`) }),
      },
    ],
  });
  s.gap();
  const top = s.r;
  s.lines(["Pihak Kedua,", "WALI KOTA WATULEME,"], 2);
  s.gap(3);
  s.lines(["Drs. H. ASRUN TAMALAKI, M.Si."], 2);
  s.r = top;
  signature(s, 4, {
    tempat: "Watuleme, 3 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS KOPERASI DAN UKM,"],
    nama: "LA ODE MUHAMMAD SAFRUDDIN, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19780412 200501 1 009",
  });

  const R = "Rencana Aksi 2025";
  const r = b.sheet(R);
  letterhead(r, ["RENCANA AKSI PERJANJIAN KINERJA TAHUN 2025", "DINAS KOPERASI DAN UKM KOTA WATULEME"]);
  const TW = "Rencana Capaian per Triwulan";
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
      { key: "t", head: ["Target Tahunan"], role: "target", year: 2025, width: 11 },
      ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
        key: `q${i}`,
        head: [TW, q],
        role: "target",
        year: 2025,
        width: 9,
      })),
      { key: "aksi", head: ["Rencana Aksi"], width: 36 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 26 },
    ],
    headerRows: 2,
    rows: inds.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const F = (v: number) => fmt(v, x.flow ? INT : DEC);
        const out: Record<string, ReturnType<typeof fmt> | ReturnType<typeof fx> | string | number> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          t: x.flow ? fx(`SUM(${c.a("q0")}:${c.a("q3")})`) : F(x.t),
          aksi: x.aksi,
          pj: x.pj,
        };
        x.q.forEach((v, i) => (out[`q${i}`] = F(v)));
        return out;
      },
    })),
  });
  r.gap();
  r.lines([
    "Catatan: target triwulan indikator persentase bersifat kumulatif (posisi akhir triwulan); target Triwulan IV sama dengan target tahunan.",
  ]);

  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: t1.a("t", PLANT_X.id) },
        { sheet: R, cell: t3.a("t", PLANT_X.id) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of the persentase koperasi yang melaksanakan RAT tepat waktu is 52.00 (the 2024 target copied); the Rencana Aksi gives 55.00 for the year and for TW IV",
    truth: `'${R}'!${t3.a("t", PLANT_X.id)}`,
    actual: t1.a("t", PLANT_X.id),
  });
  b.plant({
    at: { sheet: P, cell: t2.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over the first four programs (8,424,370,000); with the UMKM program (1,284,600,000) the five give 9,708,970,000",
    truth: progs.map((p) => t2.a("rp", p.id)).join("+"),
  });
  for (const x of inds) {
    if (x.id !== PLANT_X.id)
      b.ok({
        sheet: P,
        cell: t1.a("t", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${t3.a("t", x.id)}`,
      });
    const q = [0, 1, 2, 3].map((i) => t3.a(`q${i}`, x.id));
    b.ok({
      sheet: R,
      cell: t3.a("t", x.id),
      rules: ["sum-mismatch"],
      truth: x.flow ? q.join("+") : q[3],
      // a percentage's year is its TW IV level, not the quarters added up
      trap: x.flow ? undefined : q.join("+"),
    });
    if (!x.flow)
      b.ok({
        sheet: R,
        cell: q[3],
        rules: ["percent-out-of-range", "target-trend"],
        truth: `${t3.a("t", x.id)}`,
      });
  }
  return b.finish();
}
