// LKjIP, PK with its Renstra, the PPID recap of permohonan / keberatan / sengketa and the recap of
// akses internet desa of the two Diskominfo (Sulawesi Tengah, Nusa Tenggara Timur). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Diskominfo Tojo Lembah: refleksi on the negative rows. */
export function lkjipKominfo(): BookW {
  const b = new BookW(
    "lkjip-ppid-blankspot-diskominfo-tojo-lembah.xlsx",
    "LKjIP pengukuran kinerja (Diskominfo)",
    "LKjIP 2024 Tabel 3.1: No | Indikator | Satuan | Polaritas | Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on the negative rows; predikat words; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Dinas Kominfo Kabupaten Tojo Lembah Tahun 2024"]);
  s.gap();
  const I = [
    { id: "i1", ind: "Indeks Keterbukaan Informasi Publik", sat: "nilai", pol: "+", t: 80, r: 76.4 },
    {
      id: "i2",
      ind: "Persentase permohonan informasi yang diselesaikan tepat waktu",
      sat: "%",
      pol: "+",
      t: 90,
      r: 93.5,
    },
    {
      id: "i3",
      ind: "Jumlah sengketa informasi yang diajukan ke Komisi Informasi",
      sat: "kasus",
      pol: "-",
      t: 4,
      r: 5,
    },
    { id: "i4", ind: "Persentase desa blank spot", sat: "%", pol: "-", t: 12, r: 10.8 },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Polaritas"], role: "polaritas" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Positif" : "Negatif",
          t: x.t,
          r: x.r,
          // planted: the sengketa row (negative) has the R / T formula of the positive rows
          c: fx(x.id === "i3" ? cap("+", c.a("t"), c.a("r")) : cap(x.pol, c.a("t"), c.a("r"))),
          // planted: "Baik" for the Indeks (95.50 is Sangat Baik)
          p: x.id === "i1" ? "Baik" : { i2: "Sangat Baik", i3: "Sangat Baik", i4: "Sangat Baik" }[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i4")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah sengketa informasi (negative) computed with R / T = 125.00; refleksi (2 x 4 - 5) / 4 gives 75.00",
    truth: cap("-", a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i1") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Baik' for 95.50 (76.4 / 80); the band > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Diskominfo Sumba Lewa, beside the Renstra 2025-2029 targets. */
export function pkKominfo(): BookW {
  const b = new BookW(
    "pk-2025-renstra-diskominfo-sumba-lewa.xlsx",
    "PK 2025 with Renstra (Diskominfo)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target 2025; No | Program | Anggaran (Rp) with Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Indeks Keterbukaan Informasi Publik",
      sat: "nilai",
      awal: 71.2,
      k: [73, 75, 77.5, 80, 82],
    },
    { id: "b", ind: "Persentase desa terlayani sinyal 4G", sat: "%", awal: 64, k: [68, 72, 76, 80, 85] },
    { id: "c", ind: "Persentase desa blank spot", sat: "%", awal: 21.5, k: [19, 16.5, 14, 12, 10] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  // Renstra first (PK refers to it only by the claims)
  rs.lines(["Target Kinerja Renstra Diskominfo Kabupaten Sumba Lewa 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y2025: x.k[0],
        y2026: x.k[1],
        y2027: x.k[2],
        y2028: x.k[3],
        y2029: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SUMBA LEWA"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel,",
    "kami yang bertanda tangan di bawah ini berjanji mewujudkan target kinerja berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the 4G target is the Renstra 2026 value 72 (2025: 68)
      cells: {
        no: i + 1,
        sas: "Meningkatnya keterbukaan informasi dan akses digital desa",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? 72 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah", rp: 3_812_450_000 },
    { id: "p2", nm: "Program Informasi dan Komunikasi Publik", rp: 1_264_300_000 },
    { id: "p3", nm: "Program Aplikasi Informatika", rp: 2_918_750_000 },
    { id: "p4", nm: "Program Penyelenggaraan Persandian", rp: 186_500_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD" } })),
      // planted: Jumlah one row short
      {
        id: "j",
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Waikabubak Lewa, 3 Januari 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI DAN INFORMATIKA"],
    nama: "YOHANES UMBU NDAPA, S.Kom., M.Si.",
    nip: "19790915 200501 1 007",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the 4G coverage is 72, the Renstra 2026 target; the Renstra 2025 target is 68",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first three programs (7,995,500,000); with Persandian's 186,500,000 it is 8,182,000,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "c"), rules: ["target-trend"], truth: "10" });
  return b.finish();
}

/** Rekap layanan PPID per triwulan, Diskominfo Sumba Lewa: permohonan, keputusan, keberatan, sengketa. */
export function rekapPpid(): BookW {
  const b = new BookW(
    "rekap-ppid-permohonan-keberatan-sumba-lewa.xlsx",
    "Rekap layanan PPID (Diskominfo)",
    "Rekap PPID 2024 per triwulan: Permohonan masuk | Dikabulkan seluruhnya | sebagian | Ditolak | Jumlah diputus | % diputus | Keberatan | Sengketa; number row '(6) = (3)+(4)+(5)', '(7) = (6)/(2) x 100'; Jumlah row, % of the totals",
  );
  const S = "Rekap PPID 2024";
  const s = b.sheet(S);
  letterhead(s, ["PPID UTAMA KABUPATEN SUMBA LEWA", "Sekretariat: Dinas Komunikasi dan Informatika"]);
  s.lines(["LAPORAN LAYANAN INFORMASI PUBLIK TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", m: 46, ks: 31, kb: 8, tl: 4, kbr: 3, sg: 1 },
    { id: "q2", tw: "Triwulan II", m: 58, ks: 40, kb: 9, tl: 6, kbr: 4, sg: 0 },
    { id: "q3", tw: "Triwulan III", m: 63, ks: 45, kb: 10, tl: 5, kbr: 2, sg: 1 },
    { id: "q4", tw: "Triwulan IV", m: 71, ks: 52, kb: 11, tl: 4, kbr: 5, sg: 2 },
  ];
  const D = "Keputusan PPID";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "m", head: ["Permohonan Masuk"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "ks", head: [D, "Dikabulkan Seluruhnya"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "kb", head: [D, "Dikabulkan Sebagian"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "tl", head: [D, "Ditolak"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "j",
        head: [D, "Jumlah Diputus"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (3)+(4)+(5)",
        fmt: INT,
      },
      { key: "p", head: ["% Diputus"], role: "capaian", year: 2024, num: "(7) = (6)/(2) x 100", fmt: DEC },
      { key: "kbr", head: ["Keberatan"], num: "(8)", fmt: INT },
      { key: "sg", head: ["Sengketa ke Komisi Informasi"], num: "(9)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          m: q.m,
          ks: q.ks,
          kb: q.kb,
          tl: q.tl,
          // planted: Triwulan III's Jumlah typed 65 (45 + 10 + 5 = 60)
          j: q.id === "q3" ? 65 : fx(`${c.a("ks")}+${c.a("kb")}+${c.a("tl")}`),
          p: fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`),
          kbr: q.kbr,
          sg: q.sg,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
          for (const k of ["m", "ks", "kb", "tl", "j", "kbr", "sg"])
            out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          // planted: a stale cached % from before Triwulan IV was entered
          out.p = fx(`ROUND(${c.a("j")}/${c.a("m")}*100,2)`, 86.09);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: % Jumlah dihitung dari jumlah, bukan dijumlahkan dari triwulan."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah diputus of Triwulan III is a typed 65 among formulas; 45 + 10 + 5 give 60",
    truth: `${a("ks", "q3")}+${a("kb", "q3")}+${a("tl", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tot") },
    rules: ["capaian-mismatch"],
    note: "% diputus of the Jumlah row has a stale cached 86.09; its formula over the totals gives 90.26 (215 / 238)",
    truth: `ROUND(${a("j", "tot")}/${a("m", "tot")}*100,2)`,
  });
  for (const id of ["q1", "q2", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("ks", id)}+${a("kb", id)}+${a("tl", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("m", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("m", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m", "q1")}:${a("m", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sg", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("sg", "q1")}:${a("sg", "q4")})`,
    trap: a("sg", "q4"),
  });
  return b.finish();
}

/** Akses internet desa per kecamatan, Diskominfo Tojo Lembah, side by side with the BTS recap. */
export function aksesDesa(): BookW {
  const b = new BookW(
    "akses-internet-desa-blankspot-tojo-lembah.xlsx",
    "Rekap akses internet desa (Diskominfo)",
    "Rekap per kecamatan: Jumlah Desa | Desa Blank Spot | Desa Terlayani 4G | % Terlayani; TOTAL row with the ratio of totals; a second table beside it (BTS BAKTI per tahun), one empty column between",
  );
  const S = "Akses Desa 2024";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI AKSES INTERNET DESA KABUPATEN TOJO LEMBAH KONDISI DESEMBER 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Ampana Lembah", d: 18, bs: 2, t: 15 },
    { id: "k2", nm: "Ulubongka Hilir", d: 24, bs: 6, t: 16 },
    { id: "k3", nm: "Togean Timur", d: 21, bs: 9, t: 11 },
    { id: "k4", nm: "Tojo Barat Raya", d: 15, bs: 3, t: 11 },
    { id: "k5", nm: "Walea Kepulauan", d: 12, bs: 5, t: 6 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
      { key: "d", head: ["Jumlah Desa"], fmt: INT },
      { key: "bs", head: ["Desa Blank Spot"], role: "realisasi", year: 2024, fmt: INT },
      { key: "t", head: ["Desa Terlayani 4G"], role: "realisasi", year: 2024, fmt: INT },
      { key: "p", head: ["% Desa Terlayani"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          d: k.d,
          bs: k.bs,
          t: k.t,
          // planted: Togean Timur's % typed 61.90 (11 / 21 = 52.38)
          p: k.id === "k3" ? 61.9 : fx(`ROUND(${c.a("t")}/${c.a("d")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
          // planted: TOTAL blank spot one row short
          bs: fx(`SUM(${c.a("bs", "k1")}:${c.a("bs", "k4")})`),
          t: fx(`SUM(${c.a("t", "k1")}:${c.a("t", "k5")})`),
          p: fx(`ROUND(${c.a("t")}/${c.a("d")}*100,2)`),
        }),
      },
    ],
  });
  const bt = s.table(
    {
      cols: [
        { key: "th", head: ["Tahun"] },
        { key: "n", head: ["BTS BAKTI Dibangun (unit)"], role: "realisasi", fmt: INT },
        { key: "rp", head: ["Dukungan APBD (Rp)"], role: "realisasi-anggaran", fmt: RP, width: 16 },
      ],
      headerRows: 1,
      rows: [
        { id: "y1", cells: { th: "2022", n: 4, rp: 312_000_000 } },
        { id: "y2", cells: { th: "2023", n: 6, rp: 455_500_000 } },
        { id: "y3", cells: { th: "2024", n: 5, rp: 398_250_000 } },
        {
          id: "j",
          cells: (c) => ({
            th: "Jumlah",
            n: fx(`SUM(${c.a("n", "y1")}:${c.a("n", "y3")})`),
            rp: fx(`SUM(${c.a("rp", "y1")}:${c.a("rp", "y3")})`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 5, {
    tempat: "Ampana Lembah, 6 Januari 2025",
    jabatan: ["KEPALA BIDANG INFRASTRUKTUR TIK"],
    nama: "NURHAYATI DG. MASIKKI, S.T.",
    nip: "19830221 200903 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% desa terlayani of Togean Timur is a typed 61.90 among formulas; 11 / 21 x 100 gives 52.38",
    truth: `ROUND(${a("t", "k3")}/${a("d", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("bs", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL desa blank spot is =SUM over four kecamatan (20); with Walea Kepulauan's 5 it is 25",
    truth: `SUM(${a("bs", "k1")}:${a("bs", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("t", "k1")}:${a("t", "k5")})/SUM(${a("d", "k1")}:${a("d", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k5")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("t", id)}/${a("d", id)}*100,2)`,
    });
  for (const k of ["d", "t"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: bt.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${bt.a("rp", "y1")}+${bt.a("rp", "y2")}+${bt.a("rp", "y3")}`,
  });
  return b.finish();
}
