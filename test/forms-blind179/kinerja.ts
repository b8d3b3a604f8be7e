// Performance tables of the Dinas Pertanahan of an NTB kabupaten (Sumbawa Tenggara, invented) and
// of a Riau kabupaten (Indragiri Selatan, invented): the LKjIP 2024 measurement with three years of
// realisation, the PK 2025 of the Kepala Dinas beside its Renstra 2025-2029 targets, and an IKU
// matrix 2025-2029. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ========================================== LKjIP 2024, Dinas Pertanahan Kabupaten Sumbawa Tenggara

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
};

export function lkjipSumbawa(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dinas-pertanahan-sumbawa-tenggara.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pertanahan)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Pertanahan in NTB: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; refleksi on the sengketa belum selesai (lower is better); Rata-rata row with its kategori",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA TENGGARA", "DINAS PERTANAHAN"]);
  s.lines([
    "Tabel 3.1",
    "Pengukuran Capaian Kinerja Dinas Pertanahan Tahun 2024 dan Perbandingan dengan Tahun Sebelumnya",
  ]);
  s.gap();
  const S1 = "Meningkatnya kepastian hukum hak atas tanah milik pemerintah daerah dan masyarakat";
  const S2 = "Meningkatnya pemerataan penguasaan dan pemilikan tanah";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase bidang tanah aset pemerintah daerah yang bersertipikat",
      sat: "%",
      r22: 58.4,
      r23: 63.1,
      t: 68,
      r: 69.7,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase sengketa dan konflik pertanahan yang diselesaikan",
      sat: "%",
      r22: 61.5,
      r23: 66.7,
      t: 70,
      r: 64.29,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah kasus sengketa tanah yang belum terselesaikan pada akhir tahun",
      sat: "kasus",
      r22: 14,
      r23: 12,
      t: 10,
      r: 8,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase bidang TORA yang diredistribusikan kepada subjek reforma agraria",
      sat: "%",
      r22: 40.2,
      r23: 52.8,
      t: 60,
      r: 45.9,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase luas tanah untuk kepentingan umum yang telah dibebaskan",
      sat: "%",
      r22: 78,
      r23: 81.3,
      t: 85,
      r: 86.1,
    },
    {
      id: "i6",
      sas: S2,
      ind: "Indeks kepuasan masyarakat terhadap layanan pertanahan",
      sat: "indeks",
      r22: 76.2,
      r23: 78.9,
      t: 80,
      r: 79.35,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[1]) !== 91.84 || capOf(rows[3]) !== 76.5) throw new Error("lkjip caps");
  const R = "Realisasi";
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r22", head: [R, "2022"], role: "realisasi", year: 2022, fmt: DEC, width: 9 },
    { key: "r23", head: [R, "2023"], role: "realisasi", year: 2023, fmt: DEC, width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 12 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r22: x.r22,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: i4's capaian typed 85.00
          c: x.id === "i4" ? fmt(85, DEC) : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: i2's 91.84 called "Baik"
          p: x.id === "i2" ? "Baik" : predikatBaik(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikatBaik(
            round(
              (capOf(rows[0]) + capOf(rows[1]) + capOf(rows[2]) + 85 + capOf(rows[4]) + capOf(rows[5])) / 6,
            ),
          ),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Taliwang Selatan, 20 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANAHAN", "KABUPATEN SUMBAWA TENGGARA,"],
    nama: "LALU MUHAMMAD ZAINUL HAKIM, S.H., M.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770621 200312 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the TORA redistribution is a typed 85.00 among ROUND formulas; 45.90 / 60.00 x 100 gives 76.50",
    truth: rt(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for the capaian 91.84 (64.29 against 70); above 90 the note says Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  for (const x of rows) {
    if (x.id === "i4") continue;
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
    if (x.id !== "i2")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT_BAIK(${a("c", x.id)})`,
      });
  }
  for (const id of ["i1", "i3", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["percent-out-of-range"], truth: a("c", id) });
  return b.finish();
}

// ========================================== PK 2025 and Renstra 2025-2029, Dinas Pertanahan Sumbawa Tenggara

type Tg = { id: string; ind: string; sat: string; aw: number; tg: number[]; flow?: boolean; pk: number };

export function pkSumbawa(): BookW {
  const b = new BookW(
    "pk-kadis-pertanahan-renstra-sumbawa-tenggara.xlsx",
    "PK 2025 with the Renstra 2025-2029 targets (Dinas Pertanahan)",
    "PK 2025 of a Kepala Dinas Pertanahan in NTB: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Sumber Dana with JUMLAH = the programs; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const T: Tg[] = [
    {
      id: "r1",
      ind: "Persentase bidang tanah aset pemerintah daerah yang bersertipikat",
      sat: "%",
      aw: 69.7,
      tg: [72, 76, 80, 84, 88],
      pk: 72,
    },
    {
      id: "r2",
      ind: "Persentase sengketa dan konflik pertanahan yang diselesaikan",
      sat: "%",
      aw: 64.29,
      tg: [72, 75, 78, 81, 85],
      pk: 75,
    },
    {
      id: "r3",
      ind: "Jumlah bidang tanah aset pemerintah daerah yang disertipikatkan",
      sat: "bidang",
      aw: 118,
      tg: [120, 130, 140, 150, 160],
      flow: true,
      pk: 120,
    },
    {
      id: "r4",
      ind: "Persentase bidang TORA yang diredistribusikan kepada subjek reforma agraria",
      sat: "%",
      aw: 45.9,
      tg: [55, 62, 70, 78, 85],
      pk: 55,
    },
  ];
  const rs = b.sheet(R);
  letterhead(rs, ["DINAS PERTANAHAN KABUPATEN SUMBAWA TENGGARA"]);
  rs.lines(["Target Kinerja Renstra Dinas Pertanahan Tahun 2025-2029"]);
  rs.gap();
  const TT = "Target Tahun";
  const ys = [0, 1, 2, 3, 4];
  const tr = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...ys.map((i): Col => ({
        key: `y${2025 + i}`,
        head: [TT, String(2025 + i)],
        role: "target",
        year: 2025 + i,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: T.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, number | string | ReturnType<typeof fx>> = {
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          aw: x.aw,
        };
        ys.forEach((i) => (o[`y${2025 + i}`] = x.tg[i]));
        o.ka = x.flow ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : fx(c.a("y2029"));
        return o;
      },
    })),
  });
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBAWA TENGGARA"]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERTANAHAN KABUPATEN SUMBAWA TENGGARA"]);
  s.gap();
  const SAS = "Meningkatnya kepastian hukum hak atas tanah milik pemerintah daerah dan masyarakat";
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: T.map((x, k): Row => ({
      id: x.id,
      cells: {
        no: k + 1,
        sas: k < 3 ? SAS : "Meningkatnya pemerataan penguasaan dan pemilikan tanah",
        ind: x.ind,
        sat: x.sat,
        tg: x.pk,
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "sd", head: ["Sumber Dana"], width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (c) => ({
          no: 1,
          kode: "2.10.02",
          nm: "Program Pengadaan Tanah untuk Kepentingan Umum",
          rp: fx(c.a("rp", "k1")),
          sd: "DAU",
        }),
      },
      {
        id: "k1",
        cells: (c) => ({
          kode: "2.10.02.2.01",
          nm: "Pengadaan Tanah untuk Kepentingan Umum",
          rp: fx(`${c.a("rp", "s1")}+${c.a("rp", "s2")}`),
        }),
      },
      {
        id: "s1",
        cells: {
          kode: "2.10.02.2.01.0001",
          nm: "Penyusunan Perencanaan Pengadaan Tanah untuk Kepentingan Umum",
          rp: 312_450_000,
          sd: "DAU",
        },
      },
      {
        id: "s2",
        cells: {
          kode: "2.10.02.2.01.0002",
          nm: "Pelaksanaan Pengadaan Tanah untuk Kepentingan Umum",
          rp: 1_847_600_000,
          sd: "DAU",
        },
      },
      {
        id: "p2",
        cells: (c) => ({
          no: 2,
          kode: "2.10.05",
          nm: "Program Redistribusi Tanah dan Ganti Kerugian Tanah Kelebihan Maksimum dan Tanah Absentee",
          rp: fx(c.a("rp", "k2")),
          sd: "DAU",
        }),
      },
      {
        id: "k2",
        cells: (c) => ({
          kode: "2.10.05.2.01",
          nm: "Penetapan Subjek dan Objek Redistribusi Tanah serta Ganti Kerugian Tanah Kelebihan Maksimum dan Tanah Absentee",
          rp: fx(`${c.a("rp", "s3")}+${c.a("rp", "s4")}`),
        }),
      },
      {
        id: "s3",
        cells: {
          kode: "2.10.05.2.01.0001",
          nm: "Penetapan Subjek dan Objek Redistribusi Tanah",
          rp: 486_300_000,
          sd: "DAU",
        },
      },
      // planted: coded under program 2.10.06 while it stands under kegiatan 2.10.05.2.01
      {
        id: "s4",
        cells: {
          kode: "2.10.06.2.01.0002",
          nm: "Fasilitasi Gugus Tugas Reforma Agraria (GTRA) Kabupaten",
          rp: 214_750_000,
          sd: "DAU",
        },
      },
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Taliwang Selatan, 6 Januari 2025"], 2);
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI SUMBAWA TENGGARA"],
    nama: "H. SYAMSUL ARIFIN MUSTAFA",
    nip: "-",
  });
  s.r -= 7;
  signature(s, 4, {
    tempat: "Pihak Pertama,",
    jabatan: ["KEPALA DINAS PERTANAHAN"],
    nama: "LALU MUHAMMAD ZAINUL HAKIM, S.H., M.H.",
    nip: "19770621 200312 1 004",
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the sengketa diselesaikan is 75.00, the Renstra 2026 target; the Renstra 2025 target is 72.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Fasilitasi GTRA is coded 2.10.06.2.01.0002 (program 2.10.06) under kegiatan 2.10.05.2.01; its code is 2.10.05.2.01.0002",
    truth: `${t2.a("kode", "k2")}&".0002"`,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", id)}`,
    });
  for (const [id, k] of [
    ["s1", "k1"],
    ["s2", "k1"],
    ["s3", "k2"],
    ["k1", "p1"],
    ["k2", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", k),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k1"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "s1")}+${t2.a("rp", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "s3")}+${t2.a("rp", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "s1")}+${t2.a("rp", "s2")}+${t2.a("rp", "s3")}+${t2.a("rp", "s4")}`,
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "s4")})`,
  });
  for (const x of T)
    b.ok({
      sheet: R,
      cell: tr.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})` : tr.a("y2029", x.id),
      trap: x.flow ? tr.a("y2029", x.id) : `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
  return b.finish();
}

// ========================================== IKU 2025-2029, Dinas Pertanahan Kabupaten Indragiri Selatan

type Iku = { id: string; ind: string; rumus: string; sat: string; aw: number; tg: number[]; ka: number };

export function ikuIndragiri(): BookW {
  const b = new BookW(
    "iku-dinas-pertanahan-indragiri-selatan.xlsx",
    "IKU matrix 2025-2029 (Dinas Pertanahan)",
    "Matriks IKU 2025-2029 of a Dinas Pertanahan in Riau: No | Indikator Kinerja Utama | Formula Perhitungan | Satuan | Kondisi Awal (2024) | 'Target' > 2025 .. 2029 | Kondisi Akhir (2029) | Penanggung Jawab | Sumber Data; typed values, a lower-is-better sengketa row, a luas TORA flow whose kondisi akhir is the five years added",
  );
  const S = "IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN INDRAGIRI SELATAN",
    "DINAS PERTANAHAN",
    "Jl. Lintas Timur Km. 4 Tembilahan Selatan",
  ]);
  s.lines(["INDIKATOR KINERJA UTAMA (IKU)", "DINAS PERTANAHAN KABUPATEN INDRAGIRI SELATAN TAHUN 2025-2029"]);
  s.gap();
  const U: Iku[] = [
    {
      id: "u1",
      ind: "Persentase bidang tanah milik pemerintah daerah yang bersertipikat",
      rumus: "bidang bersertipikat / seluruh bidang aset tanah x 100%",
      sat: "%",
      aw: 54.3,
      tg: [60, 66, 72, 78, 85],
      ka: 85,
    },
    // planted: 2027 falls to 64 between 68 and 74
    {
      id: "u2",
      ind: "Persentase penyelesaian sengketa dan konflik pertanahan",
      rumus: "kasus selesai / kasus masuk x 100%",
      sat: "%",
      aw: 62,
      tg: [65, 68, 64, 74, 78],
      ka: 78,
    },
    {
      id: "u3",
      ind: "Jumlah sengketa pertanahan yang belum terselesaikan pada akhir tahun",
      rumus: "jumlah kasus sengketa berstatus belum selesai per 31 Desember",
      sat: "kasus",
      aw: 19,
      tg: [17, 15, 13, 11, 9],
      ka: 9,
    },
    {
      id: "u4",
      ind: "Luas tanah objek reforma agraria yang diredistribusikan",
      rumus: "jumlah luas TORA yang ditetapkan dan diredistribusikan dalam tahun berjalan",
      sat: "hektar",
      aw: 310,
      tg: [150, 175, 200, 225, 250],
      ka: 1000,
    },
    // planted: kondisi akhir 80.00 while the 2029 target is 90.00
    {
      id: "u5",
      ind: "Persentase bidang tanah hasil inventarisasi P4T yang terpetakan",
      rumus: "bidang terpetakan / bidang terinventarisasi x 100%",
      sat: "%",
      aw: 41,
      tg: [50, 60, 70, 80, 90],
      ka: 80,
    },
  ];
  const ys = [0, 1, 2, 3, 4];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
      { key: "rumus", head: ["Formula Perhitungan"], role: "rumus", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "aw", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...ys.map((i): Col => ({
        key: `y${i}`,
        head: ["Target", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        width: 9,
      })),
      { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
      { key: "sd", head: ["Sumber Data"], role: "sumber-data", width: 18 },
    ],
    headerRows: 2,
    rows: U.map((x, k): Row => ({
      id: x.id,
      cells: () => {
        const o: Record<string, number | string> = {
          no: k + 1,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          aw: x.aw,
          ka: x.ka,
        };
        ys.forEach((i) => (o[`y${i}`] = x.tg[i]));
        o.pj = k === 1 || k === 2 ? "Bidang Penyelesaian Sengketa" : "Bidang Penatagunaan dan Aset";
        o.sd = k === 3 ? "SK GTRA / Kantah" : "Dinas Pertanahan";
        return o;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 semakin kecil semakin baik; indikator nomor 4 dihitung per tahun, kondisi akhir = akumulasi 2025-2029.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Tembilahan Selatan, 2 Juni 2025",
    jabatan: ["KEPALA DINAS PERTANAHAN,"],
    nama: "RAJA FADLI AZHAR, S.T., M.T.",
    pangkat: "Pembina (IV/a)",
    nip: "19790305 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "u2") },
    rules: ["target-trend"],
    note: "the 2027 target of the penyelesaian sengketa falls to 64 between 68 (2026) and 74 (2028) while every other year rises; 71 keeps the path",
    truth: `(${a("y1", "u2")}+${a("y3", "u2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "u5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the bidang P4T terpetakan is 80.00, the 2028 target; a rate ends at its 2029 target 90.00",
    truth: a("y4", "u5"),
  });
  for (const id of ["u1", "u2", "u3"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", id),
      trap: id === "u3" ? undefined : `SUM(${a("y0", id)}:${a("y4", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("ka", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("y0", "u4")}:${a("y4", "u4")})`,
    trap: a("y4", "u4"),
  });
  for (const i of [1, 2, 3, 4])
    b.ok({ sheet: S, cell: a(`y${i}`, "u3"), rules: ["target-trend"], truth: String(U[2].tg[i]) });
  for (const i of [1, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`y${i}`, "u1"),
      rules: ["target-trend", "target-outlier"],
      truth: String(U[0].tg[i]),
    });
  return b.finish();
}
