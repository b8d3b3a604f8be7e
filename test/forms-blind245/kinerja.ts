// LKjIP, PK with its Renstra, and two beasiswa recaps (per kecamatan; per triwulan beside angka
// putus sekolah per jenjang) of two Dinas Pendidikan (Riau, Kalimantan Barat). All invented.
import { BookW, DEC, INT, RP, fx, fmt, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Disdik Batang Kuantan Hilir: refleksi on angka putus sekolah. */
export function lkjipBeasiswa(): BookW {
  const b = new BookW(
    "lkjip-2024-putus-sekolah-beasiswa-batang-kuantan-hilir.xlsx",
    "LKjIP pengukuran kinerja (Disdik beasiswa)",
    "LKjIP 2024 Tabel 3.2: Sasaran merged | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian 2024 (%) | Kategori; refleksi (2T-R)/T on angka putus sekolah; ROUND formulas; predikat words in a footnote scale",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN KABUPATEN BATANG KUANTAN HILIR"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const I = [
    { id: "i1", ind: "Angka putus sekolah jenjang SD", sat: "%", neg: true, r23: 0.41, t: 0.35, r: 0.28 },
    { id: "i2", ind: "Angka putus sekolah jenjang SMP", sat: "%", neg: true, r23: 0.83, t: 0.6, r: 0.69 },
    {
      id: "i3",
      ind: "Persentase siswa miskin penerima beasiswa daerah",
      sat: "%",
      neg: false,
      r23: 71.4,
      t: 78,
      r: 79.5,
    },
    {
      id: "i4",
      ind: "Jumlah mahasiswa penerima beasiswa daerah",
      sat: "orang",
      neg: false,
      r23: 212,
      t: 250,
      r: 226,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const word = { i1: "Sangat Baik", i2: "Sangat Baik", i3: "Sangat Baik", i4: "Sangat Baik" };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: "Meningkatnya akses dan keberlanjutan pendidikan",
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: angka putus sekolah SMP (negative) copied the positive R / T formula
          // planted: the mahasiswa row keeps a stale cached result (90.40 for 226 / 250)
          c:
            x.id === "i2"
              ? fx(cap(false, c.a("t"), c.a("r")))
              : x.id === "i4"
                ? fx(cap(false, c.a("t"), c.a("r")), 96.8)
                : fx(cap(x.neg, c.a("t"), c.a("r"))),
          p: word[x.id as keyof typeof word],
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
    "Angka putus sekolah adalah indikator negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Angka putus sekolah SMP (negative) computed with R / T = 115.00; refleksi (2 x 0.60 - 0.69) / 0.60 gives 85.00",
    truth: cap(true, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(R/T*100,2) for mahasiswa penerima beasiswa has a stale cached 96.80; 226 / 250 gives 90.40",
    truth: cap(false, a("t", "i4"), a("r", "i4")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i1"), a("r", "i1")),
    trap: cap(false, a("t", "i1"), a("r", "i1")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: cap(false, a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Disdik Tanjung Merbau beside its Renstra 2021-2026 targets. */
export function pkBeasiswa(): BookW {
  const b = new BookW(
    "pk-2025-beasiswa-renstra-disdik-tanjung-merbau.xlsx",
    "PK 2025 with Renstra (Disdik beasiswa)",
    "sheet 'Renstra 21-26' first: Tahun ke-1..ke-5 (2022-2026 from the title) with Kondisi Akhir; sheet 'PK 2025': statement, No | Indikator | Satuan | Target (no sasaran column), then No | Program | Pagu (Rp) | Sumber with a typed Jumlah",
  );
  const R = "Renstra 21-26";
  const P = "PK 2025";
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  const ind = [
    {
      id: "a",
      ind: "Angka putus sekolah jenjang SMP",
      sat: "%",
      awal: 1.12,
      k: [1.05, 0.96, 0.88, 0.8, 0.72],
      flow: false,
    },
    {
      id: "b",
      ind: "Persentase siswa miskin penerima beasiswa",
      sat: "%",
      awal: 58,
      k: [62, 66, 70, 74, 78],
      flow: false,
    },
    {
      id: "c",
      ind: "Jumlah mahasiswa penerima beasiswa daerah",
      sat: "orang",
      awal: 0,
      k: [120, 140, 160, 180, 200],
      flow: true,
    },
  ];
  rs.lines([
    "Target Indikator Kinerja Utama Dinas Pendidikan dan Kebudayaan",
    "Renstra Tahun 2022-2026 (Perubahan)",
  ]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2021 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.flow ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA TANJUNG MERBAU",
  ]);
  pk.lines([
    "Pada hari ini Kamis tanggal dua Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan",
    "di bawah ini sepakat mewujudkan target kinerja jangka menengah sebagai berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: beasiswa miskin takes the Tahun ke-3 (2024) target 70; 2025 is ke-4 = 74
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "b" ? x.k[2] : x.k[3] },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 148_905_220_000 },
    { id: "p2", nm: "Program Pengelolaan Pendidikan", rp: 62_418_750_000 },
    { id: "p3", nm: "Program Pengembangan Kurikulum", rp: 845_600_000 },
    { id: "p4", nm: "Program Pendidik dan Tenaga Kependidikan", rp: 1_276_300_000 },
  ];
  const JUMLAH = 213_545_870_000; // planted: the programs add up to 213,445,870,000
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD / DAU" } })),
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: JUMLAH } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Tanjung Merbau, 2 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN"],
    nama: "HJ. RATNA SARI DEWI ASMARA, S.Pd., M.M.",
    nip: "19750821 199903 2 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y4", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of siswa miskin penerima beasiswa is 70, the Renstra Tahun ke-3 (2024) target; 2025 (Tahun ke-4) is 74",
    truth: `'${R}'!${rt.a("y4", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 213,545,870,000; the four programs add up to 213,445,870,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y4", id)}`,
    });
  const ys = (id: string) => [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: ys(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ys("c"),
    trap: rt.a("y5", "c"),
  });
  b.ok({ sheet: R, cell: rt.a("y5", "a"), rules: ["target-trend"], truth: "0.72" });
  return b.finish();
}

/** Rekap penerima beasiswa per kecamatan, Disdik Batang Kuantan Hilir: jenjang, Rp and % terlayani. */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-penerima-beasiswa-per-kecamatan-batang-kuantan-hilir.xlsx",
    "Rekap penerima beasiswa per kecamatan (Disdik)",
    "Per kecamatan: Siswa miskin terdata (2) | Penerima miskin SD (3) | SMP (4) | Prestasi (5) | Jumlah (6) = (3)+(4)+(5) | % miskin terlayani (7) = ((3)+(4))/(2) x 100 | Penyaluran Rp (8) 'dalam ribuan rupiah'; JUMLAH row with the ratio of totals",
  );
  const S = "Rekap Kecamatan";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PENDIDIKAN KABUPATEN BATANG KUANTAN HILIR", "Bidang Pembinaan SD dan SMP"]);
  s.lines(["REKAPITULASI PENERIMA BEASISWA DAERAH MENURUT KECAMATAN TAHUN 2024", "(dalam ribuan rupiah)"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Kuantan Hilir", d: 612, sd: 288, smp: 196, pr: 64, rp: 892_500 },
    { id: "k2", nm: "Sungai Lansek", d: 455, sd: 210, smp: 151, pr: 38, rp: 663_750 },
    { id: "k3", nm: "Pangean Seberang", d: 398, sd: 176, smp: 142, pr: 41, rp: 579_000 },
    { id: "k4", nm: "Logas Tanah Darat", d: 521, sd: 244, smp: 170, pr: 52, rp: 755_250 },
    { id: "k5", nm: "Cerenti Hulu", d: 347, sd: 151, smp: 129, pr: 29, rp: 494_250 },
  ];
  const PB = "Penerima Beasiswa (siswa)";
  const t = s.table({
    cols: [
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 20 },
      { key: "d", head: ["Siswa Miskin Terdata (DTKS)"], role: "target", year: 2024, num: "(2)", fmt: INT },
      { key: "sd", head: [PB, "Miskin SD"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "smp", head: [PB, "Miskin SMP"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "pr", head: [PB, "Prestasi"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [PB, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "p",
        head: ["% Siswa Miskin Terlayani"],
        role: "capaian",
        year: 2024,
        num: "(7) = ((3)+(4))/(2) x 100",
        fmt: DEC,
      },
      { key: "rp", head: ["Penyaluran (Rp)"], role: "realisasi-anggaran", year: 2024, num: "(8)", fmt: RP },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k): Row => ({
        id: k.id,
        cells: (c) => ({
          nm: k.nm,
          d: k.d,
          sd: k.sd,
          smp: k.smp,
          pr: k.pr,
          // planted: Pangean Seberang's Jumlah typed 395 (176 + 142 + 41 = 359)
          j: k.id === "k3" ? 395 : fx(`${c.a("sd")}+${c.a("smp")}+${c.a("pr")}`),
          p: fx(`ROUND((${c.a("sd")}+${c.a("smp")})/${c.a("d")}*100,2)`),
          rp: k.rp,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          nm: "JUMLAH",
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
          sd: fx(`SUM(${c.a("sd", "k1")}:${c.a("sd", "k5")})`),
          smp: fx(`SUM(${c.a("smp", "k1")}:${c.a("smp", "k5")})`),
          pr: fx(`SUM(${c.a("pr", "k1")}:${c.a("pr", "k5")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k5")})`),
          p: fx(`ROUND((${c.a("sd")}+${c.a("smp")})/${c.a("d")}*100,2)`),
          // planted: SUM one row short (Cerenti Hulu left out)
          rp: fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k4")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["*) Beasiswa miskin Rp 1.500.000/siswa/tahun; prestasi Rp 2.500.000/siswa/tahun."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah penerima of Pangean Seberang is a typed 395 among formulas; 176 + 142 + 41 = 359",
    truth: `${a("sd", "k3")}+${a("smp", "k3")}+${a("pr", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH penyaluran is =SUM over four kecamatan (2,890,500); with Cerenti Hulu's 494,250 it is 3,384,750",
    truth: `SUM(${a("rp", "k1")}:${a("rp", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((SUM(${a("sd", "k1")}:${a("sd", "k5")})+SUM(${a("smp", "k1")}:${a("smp", "k5")}))/SUM(${a("d", "k1")}:${a("d", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k5")}),2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("sd", id)}+${a("smp", id)}+${a("pr", id)}`,
    });
  for (const id of ["k1", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a("sd", id)}+${a("smp", id)})/${a("d", id)}*100,2)`,
    });
  for (const k of ["d", "sd", "pr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  return b.finish();
}

/** Penyaluran beasiswa per triwulan beside angka putus sekolah per jenjang, Disdik Tanjung Merbau. */
export function triwulanPutusSekolah(): BookW {
  const b = new BookW(
    "penyaluran-beasiswa-triwulan-putus-sekolah-tanjung-merbau.xlsx",
    "Penyaluran beasiswa per triwulan and angka putus sekolah (Disdik)",
    "Two tables side by side: Triwulan | Penerima | Penyaluran (Rp) | s.d. Triwulan (Rp) | % s.d. terhadap pagu (pagu in its own row under Jumlah); and Jenjang | Siswa awal tahun | Putus sekolah | Angka putus sekolah (%) with the ratio of totals",
  );
  const S = "Beasiswa & APS 2024";
  const s = b.sheet(S);
  s.lines([
    "DINAS PENDIDIKAN DAN KEBUDAYAAN KOTA TANJUNG MERBAU",
    "Penyaluran Beasiswa Daerah dan Angka Putus Sekolah Tahun Ajaran 2023/2024",
  ]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", n: 95, rp: 142_500_000 },
    { id: "q2", tw: "Triwulan II", n: 742, rp: 1_135_500_000 },
    { id: "q3", tw: "Triwulan III", n: 318, rp: 492_000_000 },
    { id: "q4", tw: "Triwulan IV", n: 806, rp: 1_231_500_000 },
  ];
  const top = s.r;
  const PAGU = 3_000_000_000;
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], width: 14 },
      { key: "n", head: ["Penerima Disalurkan (siswa)"], role: "realisasi", year: 2024, fmt: INT },
      {
        key: "rp",
        head: ["Penyaluran (Rp)", "Triwulan ini"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      {
        key: "sd",
        head: ["Penyaluran (Rp)", "s.d. Triwulan"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      { key: "pc", head: ["% s.d. terhadap Pagu"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...Q.map((q, i): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          n: q.n,
          rp: q.rp,
          // planted: s.d. Triwulan III typed 1,707,000,000 (1,278,000,000 + 492,000,000 = 1,770,000,000)
          sd:
            q.id === "q3"
              ? 1_672_500_000
              : i === 0
                ? fx(c.a("rp"))
                : fx(`${c.a("sd", Q[i - 1].id)}+${c.a("rp")}`),
          pc: fx(`ROUND(${c.a("sd")}/${c.a("rp", "pg")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah",
          n: fx(`SUM(${c.a("n", "q1")}:${c.a("n", "q4")})`),
          rp: fx(`SUM(${c.a("rp", "q1")}:${c.a("rp", "q4")})`),
        }),
      },
      { id: "pg", cells: { tw: "Pagu 2024", rp: PAGU } },
    ],
  });
  const J = [
    { id: "sd", nm: "SD", n: 28_460, p: 74 },
    { id: "smp", nm: "SMP", n: 12_915, p: 96 },
    { id: "sma", nm: "SMA/SMK (domisili kota)", n: 9_820, p: 143 },
  ];
  const u = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenjang"], width: 14 },
        { key: "n", head: ["Siswa Awal Tahun Ajaran"], fmt: INT },
        { key: "p", head: ["Siswa Putus Sekolah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "aps", head: ["Angka Putus Sekolah (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...J.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            nm: x.nm,
            n: x.n,
            p: x.p,
            // planted: SMA/SMK typed 0.41 (143 / 9,820 = 1.46)
            aps: x.id === "sma" ? fmt(0.41, DEC) : fx(`ROUND(${c.a("p")}/${c.a("n")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Kota",
            n: fx(`SUM(${c.a("n", "sd")}:${c.a("n", "sma")})`),
            p: fx(`SUM(${c.a("p", "sd")}:${c.a("p", "sma")})`),
            aps: fx(`ROUND(${c.a("p")}/${c.a("n")}*100,2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Tanjung Merbau, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PEMBINAAN SD DAN SMP"],
    nama: "YOSEF ANDREAS LIMBUNG, S.Pd., M.Si.",
    nip: "19810512 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sd", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Penyaluran s.d. Triwulan III is a typed 1,707,000,000 among formulas; s.d. TW II + TW III = 1,278,000,000 + 492,000,000 = 1,770,000,000",
    truth: `${a("sd", "q2")}+${a("rp", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: u.a("aps", "sma") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: "Angka putus sekolah SMA/SMK is a typed 0.41; 143 / 9,820 x 100 = 1.46",
    truth: `ROUND(${u.a("p", "sma")}/${u.a("n", "sma")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sd", "q2"),
    rules: ["sum-mismatch"],
    truth: `${a("sd", "q1")}+${a("rp", "q2")}`,
    trap: a("rp", "q2"),
  });
  b.ok({
    sheet: S,
    cell: a("n", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("n", "q1")}:${a("n", "q4")})`,
    trap: a("n", "q4"),
  });
  b.ok({
    sheet: S,
    cell: a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "q1")}:${a("rp", "q4")})`,
  });
  for (const id of ["q1", "q2"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("sd", id)}/${a("rp", "pg")}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: u.a("aps", "j"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(SUM(${u.a("p", "sd")}:${u.a("p", "sma")})/SUM(${u.a("n", "sd")}:${u.a("n", "sma")})*100,2)`,
    trap: `ROUND(AVERAGE(${u.a("aps", "sd")}:${u.a("aps", "sma")}),2)`,
  });
  for (const id of ["sd", "smp"])
    b.ok({
      sheet: S,
      cell: u.a("aps", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${u.a("p", id)}/${u.a("n", id)}*100,2)`,
    });
  return b.finish();
}
