// Investment and licensing recaps of two DPMPTSP: the realisasi investasi PMA / PMDN per triwulan of
// the kabupaten / kota of Provinsi Sumatera Barat in 2024 (Rp miliar) with a recap by source under it,
// and the izin terbit per sektor with the SLA (hari kerja, lower is better) of a kabupaten in Papua
// Tengah. Every name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

const cap = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ====================================== DPMPTSP Provinsi Sumatera Barat, realisasi investasi 2024

type Kab = { id: string; nama: string; t: number; q: number[] };

export function investasiSumbar(): BookW {
  const b = new BookW(
    "rekap-realisasi-investasi-triwulan-dpmptsp-sumbar.xlsx",
    "rekap realisasi investasi PMA + PMDN per kabupaten / kota per triwulan",
    "No | Kabupaten / Kota | Target 2024 | 'Realisasi Investasi (PMA + PMDN)' > Triwulan I .. IV | Jumlah | Capaian (%) | Ket.; '(dalam miliar rupiah)'; number row (1) .. (8)=(4)+(5)+(6)+(7), (9)=(8)/(3)x100; SUM formulas, a typed capaian; TOTAL row; Tabel 2 by sumber (PMDN / PMA) with the total capaian as the ratio of totals",
  );
  const S = "Realisasi Investasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA BARAT",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Jenderal Sudirman No. 114, Padang",
  ]);
  s.lines([
    "Tabel 1. Realisasi Investasi PMA dan PMDN per Kabupaten / Kota Tahun 2024",
    "(dalam miliar rupiah)",
  ]);
  s.gap();
  const kab: Kab[] = [
    { id: "k1", nama: "Kota Padang", t: 1850, q: [412.35, 468.9, 501.22, 530.4] },
    { id: "k2", nama: "Kabupaten Pesisir Selatan", t: 620, q: [118.4, 142.75, 151.1, 176.3] },
    { id: "k3", nama: "Kabupaten Solok Selatan", t: 540, q: [96.2, 120.45, 133.8, 128.65] },
    { id: "k4", nama: "Kabupaten Dharmasraya", t: 910, q: [201.7, 228.35, 240.1, 262.85] },
    { id: "k5", nama: "Kota Bukittinggi", t: 260, q: [41.3, 48.75, 52.6, 61.35] },
    { id: "k6", nama: "Kabupaten Pasaman Barat", t: 1120, q: [255.15, 290.6, 318.45, 334.2] },
    { id: "k7", nama: "Kabupaten Kepulauan Mentawai", t: 180, q: [22.4, 31.85, 38.1, 44.65] },
  ];
  const G = "Realisasi Investasi (PMA + PMDN)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 30 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(3)", fmt: DEC },
    { key: "q1", head: [G, "Triwulan I"], role: "realisasi", year: 2024, num: "(4)", fmt: DEC },
    { key: "q2", head: [G, "Triwulan II"], role: "realisasi", year: 2024, num: "(5)", fmt: DEC },
    { key: "q3", head: [G, "Triwulan III"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "q4", head: [G, "Triwulan IV"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(8)=(4)+(5)+(6)+(7)", fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9)=(8)/(3)x100", fmt: DEC },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(10)", width: 14 },
  ];
  const capK5 = round((sum4(kab[4].q) / kab[4].t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kab.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kab: k.nama,
          t: k.t,
          q1: k.q[0],
          q2: k.q[1],
          q3: k.q[2],
          q4: k.q[3],
          // planted: Pesisir Selatan's SUM stops at Triwulan III
          j: fx(`SUM(${c.a("q1")}:${c.a(k.id === "k2" ? "q3" : "q4")})`),
          // planted: Bukittinggi's capaian typed (78.46 with its digits swapped)
          c: k.id === "k5" ? fmt(round(capK5 + 9), DEC) : fx(cap(c.a("j"), c.a("t"))),
          ket: k.id === "k7" ? "data LKPM sementara" : undefined,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (c) => {
          const sc = (k: string) => fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k7")})`);
          return {
            no: "TOTAL",
            t: sc("t"),
            q1: sc("q1"),
            q2: sc("q2"),
            q3: sc("q3"),
            q4: sc("q4"),
            j: sc("j"),
            c: fx(cap(c.a("j"), c.a("t"))),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: LKPM dan Online Single Submission (OSS) RBA, diolah."]);
  s.gap();
  s.lines(["Tabel 2. Realisasi Investasi menurut Sumber Modal Tahun 2024 (dalam miliar rupiah)"]);
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "src", head: ["Sumber Modal"], role: "indikator", width: 30 },
      { key: "t", head: ["Target"], role: "target", year: 2024, fmt: DEC },
      { key: "r", head: ["Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      {
        id: "dn",
        cells: (c) => ({
          no: 1,
          src: "Penanaman Modal Dalam Negeri (PMDN)",
          t: 3650,
          r: 3418.75,
          c: fx(cap(c.a("r"), c.a("t"))),
        }),
      },
      {
        id: "ma",
        cells: (c) => ({
          no: 2,
          src: "Penanaman Modal Asing (PMA)",
          t: 1830,
          r: 2206.3,
          c: fx(cap(c.a("r"), c.a("t"))),
        }),
      },
      {
        id: "jm",
        bold: true,
        cells: (c) => ({
          src: "Jumlah",
          t: fx(`${c.a("t", "dn")}+${c.a("t", "ma")}`),
          r: fx(`${c.a("r", "dn")}+${c.a("r", "ma")}`),
          c: fx(cap(c.a("r"), c.a("t"))),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Padang, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PENANAMAN MODAL DAN PTSP", "PROVINSI SUMATERA BARAT,"],
    nama: "Ir. HENDRI ZULKARNAINI DT. BAGINDO, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720314 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k2") },
    rules: ["sum-mismatch"],
    note: "Jumlah of Kabupaten Pesisir Selatan is =SUM over Triwulan I-III (412.25); with Triwulan IV's 176.30 it is 588.55",
    truth: `${a("q1", "k2")}+${a("q2", "k2")}+${a("q3", "k2")}+${a("q4", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "k5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of Kota Bukittinggi is a typed 87.46 among ROUND formulas (digits swapped); 204.00 / 260.00 gives 78.46",
    truth: cap(a("j", "k5"), a("t", "k5")),
  });
  for (const k of kab) {
    if (k.id !== "k2")
      b.ok({
        sheet: S,
        cell: a("j", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("q1", k.id)}+${a("q2", k.id)}+${a("q3", k.id)}+${a("q4", k.id)}`,
      });
    if (k.id !== "k2" && k.id !== "k5")
      b.ok({
        sheet: S,
        cell: a("c", k.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: cap(a("j", k.id), a("t", k.id)),
      });
  }
  for (const q of ["t", "q1", "q2", "q3", "q4"])
    b.ok({ sheet: S, cell: a(q, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(q, "k1")}:${a(q, "k7")})` });
  // the total capaian of Tabel 2 is the ratio of the totals, not the sum of the two capaian
  b.ok({
    sheet: S,
    cell: t2.a("c", "jm"),
    rules: ["capaian-mismatch", "sum-mismatch", "percent-out-of-range"],
    truth: cap(t2.a("r", "jm"), t2.a("t", "jm")),
    trap: `${t2.a("c", "dn")}+${t2.a("c", "ma")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("c", "ma"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: cap(t2.a("r", "ma"), t2.a("t", "ma")),
  });
  b.ok({
    sheet: S,
    cell: t2.a("r", "jm"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("r", "dn")}+${t2.a("r", "ma")}`,
  });
  return b.finish();
}

function sum4(q: number[]): number {
  return round(q[0] + q[1] + q[2] + q[3]);
}

// =================================== DPMPTSP Kabupaten Lembah Kemabu (Papua Tengah), izin dan SLA 2024

type Sek = { id: string; nama: string; q: number[]; sla: number; r: number };

export function izinSlaKemabu(): BookW {
  const b = new BookW(
    "izin-terbit-sektor-sla-dpmptsp-lembah-kemabu.xlsx",
    "rekap izin terbit per sektor per triwulan with SLA (lower is better)",
    "No | Sektor Usaha | 'Jumlah Izin Terbit (izin)' > TW I .. TW IV | Jumlah | 'Waktu Penyelesaian (hari kerja)' > Standar (SLA) | Realisasi Rata-rata | Capaian (%); number row 1 .. '7 = 3+4+5+6', '10 = (2x8 - 9) / 8 x 100'; refleksi capaian; Jumlah row over the izin only",
  );
  const S = "Izin per Sektor";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH KEMABU",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "Jl. Poros Obano - Wagete Km. 3, Obano Jaya, Provinsi Papua Tengah",
  ]);
  s.lines(["REKAPITULASI IZIN TERBIT DAN WAKTU PENYELESAIAN PER SEKTOR", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const sek: Sek[] = [
    { id: "s1", nama: "Perdagangan", q: [42, 51, 47, 58], sla: 5, r: 4.2 },
    { id: "s2", nama: "Pertanian dan Perkebunan", q: [12, 15, 18, 14], sla: 7, r: 8 },
    { id: "s3", nama: "Pekerjaan Umum dan Penataan Ruang (PBG)", q: [9, 11, 14, 17], sla: 14, r: 12 },
    { id: "s4", nama: "Kesehatan", q: [6, 8, 5, 9], sla: 5, r: 3.5 },
    { id: "s5", nama: "Perhubungan", q: [4, 3, 6, 5], sla: 7, r: 6 },
    { id: "s6", nama: "Pariwisata", q: [7, 9, 12, 10], sla: 5, r: 5.5 },
  ];
  const GI = "Jumlah Izin Terbit (izin)";
  const GW = "Waktu Penyelesaian (hari kerja)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "sek", head: ["Sektor Usaha"], role: "indikator", num: "2", width: 34 },
    { key: "q1", head: [GI, "TW I"], role: "realisasi", year: 2024, num: "3", fmt: INT },
    { key: "q2", head: [GI, "TW II"], role: "realisasi", year: 2024, num: "4", fmt: INT },
    { key: "q3", head: [GI, "TW III"], role: "realisasi", year: 2024, num: "5", fmt: INT },
    { key: "q4", head: [GI, "TW IV"], role: "realisasi", year: 2024, num: "6", fmt: INT },
    { key: "j", head: [GI, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 3+4+5+6", fmt: INT },
    { key: "sla", head: [GW, "Standar (SLA)"], role: "target", year: 2024, num: "8", fmt: "0.0" },
    { key: "r", head: [GW, "Realisasi Rata-rata"], role: "realisasi", year: 2024, num: "9", fmt: "0.0" },
    {
      key: "c",
      head: [GW, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "10 = (2x8 - 9) / 8 x 100",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...sek.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sek: x.nama,
          q1: x.q[0],
          q2: x.q[1],
          q3: x.q[2],
          q4: x.q[3],
          j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          sla: x.sla,
          r: x.r,
          // planted: the Kesehatan row has the R / T formula
          c: fx(x.id === "s4" ? cap(c.a("r"), c.a("sla")) : refl(c.a("r"), c.a("sla"))),
        }),
      })),
      {
        id: "jm",
        bold: true,
        span: ["no", "sek"],
        cells: (c) => ({
          no: "Jumlah",
          q1: fx(`SUM(${c.a("q1", "s1")}:${c.a("q1", "s6")})`),
          q2: fx(`SUM(${c.a("q2", "s1")}:${c.a("q2", "s6")})`),
          // planted: the SUM of TW III stops at Perhubungan
          q3: fx(`SUM(${c.a("q3", "s1")}:${c.a("q3", "s5")})`),
          q4: fx(`SUM(${c.a("q4", "s1")}:${c.a("q4", "s6")})`),
          j: fx(`SUM(${c.a("j", "s1")}:${c.a("j", "s6")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: waktu penyelesaian semakin kecil semakin baik; capaian = (2 x SLA - realisasi) / SLA x 100%.",
    "SLA sesuai Peraturan Bupati Lembah Kemabu Nomor 17 Tahun 2023 tentang Standar Pelayanan Perizinan Berusaha.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Obano Jaya, 15 Januari 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Kabupaten Lembah Kemabu,"],
    nama: "YOHANES PIGAI, S.E., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780922 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "s4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the Kesehatan SLA (lower is better by the note and the number row) is =ROUND(R/T*100,2) = 70.00; (2 x 5 - 3.5) / 5 gives 130.00 as the other rows compute",
    truth: refl(a("r", "s4"), a("sla", "s4")),
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "jm") },
    rules: ["sum-mismatch"],
    note: "Jumlah TW III is =SUM over Perdagangan .. Perhubungan (90), Pariwisata's 12 left out; the six sectors give 102",
    truth: `SUM(${a("q3", "s1")}:${a("q3", "s6")})`,
  });
  for (const x of sek) {
    b.ok({
      sheet: S,
      cell: a("j", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("q1", x.id)}+${a("q2", x.id)}+${a("q3", x.id)}+${a("q4", x.id)}`,
    });
    if (x.id !== "s4")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: refl(a("r", x.id), a("sla", x.id)),
        // lower is better: the refleksi, not R / T
        trap: cap(a("r", x.id), a("sla", x.id)),
      });
  }
  for (const q of ["q1", "q2", "q4"])
    b.ok({ sheet: S, cell: a(q, "jm"), rules: ["sum-mismatch"], truth: `SUM(${a(q, "s1")}:${a(q, "s6")})` });
  return b.finish();
}
