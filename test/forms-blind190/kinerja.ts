// Performance tables of a BPKAD: the LKjIP 2024 measurement of a Kalimantan Selatan kabupaten (aset
// dinilai, tanah bersertifikat, temuan BPK and selisih rekonsiliasi lower is better, penghapusan,
// PAD pemanfaatan) and the PK 2025 of a Nusa Tenggara Timur kota's Kepala BPKAD beside the Renstra
// BPKAD 2025-2029. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = { id: string; ind: string; sat: string; t: number; r: number; neg?: boolean; f: string };

export function lkjipBpkadTapin(): BookW {
  const b = new BookW(
    "lkjip-aset-opini-bpk-bpkad-tapin-hulu.xlsx",
    "LKjIP pengukuran kinerja (BPKAD)",
    "LKjIP 2024 Tabel 3.1 of a BPKAD in Kalimantan Selatan: No | Indikator Kinerja Utama | Satuan | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; number row (1)..(7) with (6) = (5) / (4) x 100; two lower-is-better rows with the refleksi; kategori typed (Sangat Tinggi .. Sangat Rendah); Rata-rata and Predikat footer rows",
  );
  const S = "Tabel 3.1 IKU";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH", "KABUPATEN TAPIN HULU"]);
  s.lines([
    "Tabel 3.1",
    "Capaian Indikator Kinerja Utama BPKAD Tahun 2024",
    "Sasaran: Meningkatnya kualitas pengelolaan barang milik daerah",
  ]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Persentase aset tetap yang telah diinventarisasi dan dinilai",
      sat: "%",
      t: 85,
      r: 88.4,
      f: DEC,
    },
    {
      id: "i2",
      ind: "Persentase bidang tanah milik daerah yang bersertifikat",
      sat: "%",
      t: 70,
      r: 63.42,
      f: DEC,
    },
    {
      id: "i3",
      ind: "Jumlah temuan BPK atas pengelolaan barang milik daerah",
      sat: "temuan",
      t: 5,
      r: 4,
      neg: true,
      f: "0",
    },
    { id: "i4", ind: "Persentase BMD rusak berat yang telah dihapuskan", sat: "%", t: 60, r: 41.25, f: DEC },
    {
      id: "i5",
      ind: "Persentase selisih rekonsiliasi aset SIMDA BMD dengan neraca",
      sat: "%",
      t: 0.5,
      r: 0.35,
      neg: true,
      f: DEC,
    },
    {
      id: "i6",
      ind: "Persentase realisasi PAD pemanfaatan BMD (sewa dan KSP)",
      sat: "%",
      t: 100,
      r: 87.36,
      f: DEC,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[3]) !== 68.75 || predikat(68.75) !== "Sedang") throw new Error("lkjip i4");
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 48 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 9 },
      { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(4)", width: 10 },
      { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, num: "(5)", width: 10 },
      {
        key: "c",
        head: ["Capaian (%)"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5) / (4) x 100",
        fmt: DEC,
        width: 12,
      },
      { key: "p", head: ["Kategori"], role: "predikat", year: 2024, num: "(7)", width: 14 },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the tanah bersertifikat's capaian keeps a stale 96.06 (realisasi revised from 67.24)
          c:
            x.id === "i2"
              ? fx(rt(c.a("r"), c.a("t")), 96.06)
              : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 68.75 (the band > 65 - 75 is Sedang)
          p: x.id === "i4" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({ no: "Predikat", c: fx(`PREDIKAT(${c.a("c", "avg")})`) }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) indikator 3 dan 5 bersifat negatif (semakin kecil semakin baik): capaian = (2 x target - realisasi) / target x 100.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
    "Opini BPK atas LKPD Tahun 2023: Wajar Tanpa Pengecualian (WTP) untuk kali ketujuh berturut-turut.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Rantau Hulu, 27 Februari 2025",
    jabatan: ["Kepala BPKAD Kabupaten Tapin Hulu,"],
    nama: "Hj. NOOR HIDAYATI, S.E., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19770905 200212 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "capaian of the tanah bersertifikat is =ROUND(R/T*100,2) with a stale cached 96.06 (realisasi 67.24 before the BPN reconciliation); 63.42 / 70 gives 90.60",
    truth: rt(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Tinggi' for the capaian 68.75 (41.25 against 60); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // lower is better: the refleksi, not R / T
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkBpkadNangalewa(): BookW {
  const b = new BookW(
    "pk-kaban-bpkad-renstra-aset-kota-nangalewa.xlsx",
    "PK 2025 and Renstra BPKAD 2025-2029 targets",
    "sheet 'PK 2025': statement, Tabel 1 No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan; Tabel 2 No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Ket. with codes 5.02.05 and a Jumlah; both parties sign side by side; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir Renstra (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA NANGALEWA", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Kami yang bertanda tangan di bawah ini:",
    "Nama : MARKUS D. TAPATAB, S.E., M.Si. - Jabatan : Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
    "Nama : Ir. PAULUS M. SERAN - Jabatan : Wali Kota Nangalewa",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Persentase aset tetap dengan dokumen kepemilikan (sertifikat, BPKB, IMB)",
      sat: "%",
      awal: 58.2,
      tg: [62, 66, 70, 74, 78],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase aset idle yang dimanfaatkan melalui sewa dan KSP",
      sat: "%",
      awal: 21.5,
      tg: [25, 30, 35, 40, 45],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Jumlah temuan BPK atas pengelolaan aset daerah",
      sat: "temuan",
      awal: 7,
      tg: [6, 5, 4, 3, 2],
      neg: true,
      f: "0",
    },
    {
      id: "r4",
      ind: "Persentase selisih rekonsiliasi aset dengan neraca",
      sat: "%",
      awal: 1.8,
      tg: [1.5, 1.2, 1, 0.8, 0.5],
      neg: true,
      f: DEC,
    },
    {
      id: "r5",
      ind: "Persentase perangkat daerah yang menyampaikan laporan BMD semesteran tepat waktu",
      sat: "%",
      awal: 64.3,
      tg: [70, 75, 80, 85, 90],
      f: DEC,
    },
  ];
  // planted: the PK target of the laporan BMD indicator is 75.00, the Renstra 2026 target (2025: 70.00)
  const pkT = (x: PkInd) => (x.id === "r5" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 48 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya tertib administrasi dan pemanfaatan BMD"
            : "Meningkatnya akuntabilitas pelaporan aset daerah",
        ind: x.ind,
        tg: fmt(pkT(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const subs: Array<[string, string, string, number]> = [
    ["s1", "5.02.05.2.01.0001", "Penetapan Kebijakan Pengelolaan BMD", 146_820_000],
    ["s2", "5.02.05.2.01.0003", "Inventarisasi Barang Milik Daerah", 724_560_000],
    // planted: coded under kegiatan 5.02.05.2.02 while it stands under 5.02.05.2.01
    ["s3", "5.02.05.2.02.0006", "Pengamanan Barang Milik Daerah", 389_115_000],
    ["s4", "5.02.05.2.01.0008", "Penatausahaan Barang Milik Daerah", 265_300_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Ket."], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p",
        cells: (c) => ({
          no: 1,
          kode: "5.02.05",
          nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
          rp: fx(c.a("rp", "k")),
          ket: "DAU",
        }),
      },
      {
        id: "k",
        cells: (c) => ({
          kode: "5.02.05.2.01",
          nm: "Pengelolaan Barang Milik Daerah",
          rp: fx(`SUM(${c.a("rp", "s1")}:${c.a("rp", "s4")})`),
          ket: "DAU",
        }),
      },
      ...subs.map(([id, kode, nm, rp]): Row => ({ id, cells: { kode, nm, rp, ket: "DAU" } })),
      { id: "j", bold: true, span: ["no", "nm"], cells: (c) => ({ no: "Jumlah", rp: fx(c.a("rp", "p")) }) },
    ],
  });
  s.gap();
  s.lines(["Nangalewa, 2 Januari 2025"]);
  s.lines(["Wali Kota Nangalewa,", "", "", "", "Ir. PAULUS M. SERAN"], 2);
  s.r -= 5;
  s.lines(["Kepala BPKAD,", "", "", "", "MARKUS D. TAPATAB, S.E., M.Si.", "NIP. 19760412 200312 1 009"], 4);

  const r = b.sheet(R);
  letterhead(r, ["BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH KOTA NANGALEWA"]);
  r.lines(["Tabel 6.1 Indikator Kinerja BPKAD yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029"]);
  r.gap();
  const years = [2025, 2026, 2027, 2028, 2029];
  const ord = ["I", "II", "III", "IV", "V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 48 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...years.map((y, k): Col => ({
        key: `y${y}`,
        head: ["Target Tahun ke-", `${ord[k]} (${y})`],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra (2029)"], role: "kondisi-akhir", year: 2029, width: 12 },
    ],
    headerRows: 2,
    groups: "first",
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries(years.map((y, k) => [`y${y}`, fmt(x.tg[k], x.f)])),
        ak: fx(c.a("y2029")),
      }),
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r5") },
        { sheet: R, cell: tr.a("y2025", "r5") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the laporan BMD tepat waktu is 75.00, the Renstra target of year II (2026); the Renstra 2025 target is 70.00",
    truth: `'${R}'!${tr.a("y2025", "r5")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengamanan Barang Milik Daerah is coded 5.02.05.2.02.0006 (kegiatan 5.02.05.2.02) under kegiatan 5.02.05.2.01; its code is 5.02.05.2.01.0006",
    truth: `${t2.a("kode", "k")}&".0006"`,
  });
  for (const x of rows.slice(0, 4))
    b.ok({
      sheet: S,
      cell: t1.a("tg", x.id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", x.id)}`,
    });
  for (const id of ["s1", "s2", "s4"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", "k"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "k"),
    rules: ["sum-mismatch"],
    truth: subs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "k"),
    // the Jumlah is the program, not every row above added
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s4")})`,
  });
  for (const x of rows) {
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", x.id),
      trap: `SUM(${tr.a("y2025", x.id)}:${tr.a("y2029", x.id)})`,
    });
    if (x.neg) b.ok({ sheet: R, cell: tr.a("y2029", x.id), rules: ["target-trend"], truth: String(x.tg[4]) });
  }
  return b.finish();
}
