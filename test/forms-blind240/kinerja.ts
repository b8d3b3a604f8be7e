// LKjIP and the mutu recap of RSUD Kabupaten Bukit Serunai (Jambi); PK with its Renstra and the
// klaim BPJS recap of RSUD Kota Teluk Rambia (Sulawesi Barat). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 of the RSUD Bukit Serunai: indikator mutu with refleksi on the negative ones. */
export function lkjipRsud(): BookW {
  const b = new BookW(
    "lkjip-2024-indikator-mutu-rsud-bukit-serunai.xlsx",
    "LKjIP capaian kinerja (RSUD)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi (2T-R)/T on waktu tunggu, NDR and GDR; a Realisasi 2023 column for comparison; Rata-rata row",
  );
  const S = "Capaian 2024";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2", "Capaian Indikator Kinerja RSUD dr. H. Rasyid Mangkuto Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya mutu pelayanan rumah sakit";
  const SAS2 = "Meningkatnya tata kelola keuangan BLUD";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      neg: true,
      r23: 66,
      t: 60,
      r: 48,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Kepatuhan kebersihan tangan petugas",
      sat: "%",
      neg: false,
      r23: 82.4,
      t: 85,
      r: 88.6,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Net Death Rate (kematian > 48 jam)",
      sat: "per mil",
      neg: true,
      r23: 26.1,
      t: 25,
      r: 27.5,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase klaim BPJS layak bayar",
      sat: "%",
      neg: false,
      r23: 90.6,
      t: 95,
      r: 84.2,
    },
    { id: "i5", sas: SAS1, ind: "Gross Death Rate", sat: "per mil", neg: true, r23: 47.3, t: 45, r: 41.4 },
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
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const kat: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Baik",
    // planted: 88.63 is Baik
    i4: "Sangat Baik",
    i5: "Sangat Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: NDR (negative) with R / T
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          p: kat[x.id],
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Indikator negatif (waktu tunggu, NDR, GDR): capaian = (2 x target - realisasi) / target x 100."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "NDR is a negative indicator but its capaian is R / T = 27.5 / 25 = 110.00; refleksi (2 x 25 - 27.5) / 25 gives 90.00",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for a capaian of 88.63 (84.2 / 95); > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i2", "i4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Direktur RSUD Kota Teluk Rambia, beside the Renstra 2025-2029 sheet. */
export function pkRsud(): BookW {
  const b = new BookW(
    "pk-2025-direktur-rsud-teluk-rambia.xlsx",
    "PK 2025 with Renstra (RSUD)",
    "sheet 'Renstra RSUD' first: Indikator | Satuan | Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir; sheet 'PK 2025': statement, Sasaran | Indikator | Satuan | Target > 2025 (two header rows), program table with a typed Jumlah",
  );
  const R = "Renstra RSUD";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Rata-rata waktu tunggu rawat jalan", sat: "menit", awal: 74, k: [70, 65, 60, 55, 50] },
    { id: "b", ind: "Kepatuhan kebersihan tangan", sat: "%", awal: 81, k: [84, 86, 88, 90, 92] },
    { id: "c", ind: "Net Death Rate (NDR)", sat: "per mil", awal: 29.3, k: [28, 26.5, 25, 23.5, 22] },
    { id: "d", ind: "Persentase klaim BPJS layak bayar", sat: "%", awal: 91, k: [93, 94, 95, 96, 97] },
  ];
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra RSUD Kota Teluk Rambia 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.k[4],
      };
      YS.forEach((y, j) => (cells[`y${y}`] = x.k[j]));
      return { id: x.id, cells };
    }),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "RSUD KOTA TELUK RAMBIA"]);
  pk.lines([
    "Pada hari ini Kamis tanggal dua Januari tahun dua ribu dua puluh lima, yang bertanda tangan di bawah ini:",
    "Direktur RSUD Kota Teluk Rambia berjanji akan mewujudkan target kinerja tahunan sebagai berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target", "2025"], role: "target", year: 2025 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x) => ({
      id: x.id,
      cells: {
        sas: "Meningkatnya mutu dan keselamatan pelayanan rumah sakit",
        ind: x.ind,
        sat: x.sat,
        // planted: NDR target is the Renstra 2027 value 25 (2025: 28)
        tg: x.id === "c" ? x.k[2] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 41_250_600_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 18_904_350_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 612_800_000 },
    { id: "p4", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 214_500_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: x.id === "p1" ? "BLUD" : "APBD" },
      })),
      // planted: typed Jumlah 60,892,250,000 (the four give 60,982,250,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 60_892_250_000 } },
    ],
  });
  pk.gap();
  signature(pk, 2, {
    tempat: "Teluk Rambia, 2 Januari 2025",
    jabatan: ["DIREKTUR RSUD KOTA TELUK RAMBIA"],
    nama: "dr. ANDI MAGFIRAH PALIWANG, M.Kes.",
    nip: "19810703 200904 2 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of NDR is 25, the Renstra 2027 target; the Renstra 2025 target is 28",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is typed 60,892,250,000; the four programs add up to 60,982,250,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Klaim BPJS per triwulan of the RSUD Kota Teluk Rambia: berkas and Rp, layak / pending / dispute. */
export function klaimBpjs(): BookW {
  const b = new BookW(
    "rekap-klaim-bpjs-triwulan-rsud-teluk-rambia-2024.xlsx",
    "Rekap klaim BPJS (RSUD)",
    "Rekap klaim BPJS 2024 per triwulan: RJTL | RITL | Jumlah diajukan (4)=(2)+(3) = (5)+(6)+(7) layak / pending / dispute | % layak (8)=(5)/(4)x100 | nilai diajukan | nilai dibayar | % dibayar (11)=(10)/(9)x100; Jumlah row with ratios of totals",
  );
  const S = "Klaim BPJS 2024";
  const s = b.sheet(S);
  letterhead(s, ["RSUD KOTA TELUK RAMBIA", "Instalasi Casemix dan Penjaminan"]);
  s.lines(["REKAPITULASI KLAIM JKN (BPJS KESEHATAN) TAHUN 2024"]);
  s.gap();
  const Q = [
    {
      id: "q1",
      tw: "Triwulan I",
      rj: 9_840,
      ri: 2_115,
      ly: 11_402,
      pd: 431,
      ds: 122,
      nd: 14_812_560_000,
      nb: 14_105_930_400,
    },
    {
      id: "q2",
      tw: "Triwulan II",
      rj: 10_215,
      ri: 2_248,
      ly: 11_960,
      pd: 388,
      ds: 115,
      nd: 15_634_270_000,
      nb: 15_118_840_500,
    },
    {
      id: "q3",
      tw: "Triwulan III",
      rj: 10_502,
      ri: 2_306,
      ly: 12_291,
      pd: 402,
      ds: 115,
      nd: 16_102_880_000,
      nb: 15_480_115_200,
    },
    {
      id: "q4",
      tw: "Triwulan IV",
      rj: 10_890,
      ri: 2_377,
      ly: 12_755,
      pd: 397,
      ds: 115,
      nd: 16_745_310_000,
      nb: 16_168_402_700,
    },
  ];
  const B = "Berkas Klaim Diajukan";
  const V = "Verifikasi BPJS";
  const N = "Nilai Klaim (Rp)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "rj", head: [B, "RJTL"], num: "(2)", fmt: INT },
      { key: "ri", head: [B, "RITL"], num: "(3)", fmt: INT },
      { key: "j", head: [B, "Jumlah"], role: "target", year: 2024, num: "(4) = (2)+(3)", fmt: INT },
      { key: "ly", head: [V, "Layak Bayar"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "pd", head: [V, "Pending"], num: "(6)", fmt: INT },
      { key: "ds", head: [V, "Dispute"], num: "(7)", fmt: INT },
      { key: "pl", head: ["% Layak"], role: "capaian", year: 2024, num: "(8) = (5)/(4) x 100", fmt: DEC },
      { key: "nd", head: [N, "Diajukan"], role: "anggaran", year: 2024, num: "(9)", fmt: RP, width: 17 },
      {
        key: "nb",
        head: [N, "Dibayar"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(10)",
        fmt: RP,
        width: 17,
      },
      { key: "pb", head: ["% Dibayar"], role: "capaian", year: 2024, num: "(11) = (10)/(9) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          rj: q.rj,
          ri: q.ri,
          j: fx(`${c.a("rj")}+${c.a("ri")}`),
          ly: q.ly,
          pd: q.pd,
          ds: q.ds,
          pl: fx(`ROUND(${c.a("ly")}/${c.a("j")}*100,2)`),
          nd: q.nd,
          nb: q.nb,
          // planted: a typed 103.41 for Triwulan II (the BPJS cannot pay more than was claimed)
          pb: q.id === "q2" ? 103.41 : fx(`ROUND(${c.a("nb")}/${c.a("nd")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
          for (const k of ["rj", "ri", "j", "ly", "pd", "ds", "nd"])
            out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          // planted: Dibayar summed over three quarters only
          out.nb = fx(`SUM(${c.a("nb", "q1")}:${c.a("nb", "q3")})`);
          out.pl = fx(`ROUND(${c.a("ly")}/${c.a("j")}*100,2)`);
          out.pb = fx(`ROUND(${c.a("nb")}/${c.a("nd")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: aplikasi V-Klaim dan Berita Acara Hasil Verifikasi BPJS Kesehatan Cabang Teluk Rambia."]);
  s.gap();
  signature(s, 8, {
    tempat: "Teluk Rambia, 10 Januari 2025",
    jabatan: ["KEPALA INSTALASI CASEMIX"],
    nama: "RAHMAWATI DAENG SIJA, S.KM., M.M.",
    nip: "19860512 201001 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pb", "q2") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% dibayar of Triwulan II is a typed 103.41 among formulas: more paid than claimed; 15,118,840,500 / 15,634,270,000 gives 96.70",
    truth: `ROUND(${a("nb", "q2")}/${a("nd", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("nb", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah nilai dibayar is =SUM over Triwulan I-III (44,704,886,100); with Triwulan IV it is 60,873,288,800",
    truth: `SUM(${a("nb", "q1")}:${a("nb", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pl", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ly", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND(${a("pl", "q1")}+${a("pl", "q2")}+${a("pl", "q3")}+${a("pl", "q4")},2)`,
  });
  for (const id of ["q1", "q3", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("pb", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("nb", id)}/${a("nd", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("ly", id)}+${a("pd", id)}+${a("ds", id)}`,
    });
  }
  for (const k of ["j", "ly", "nd"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  return b.finish();
}

/** Kebersihan tangan per unit and NDR per ruang, RSUD Bukit Serunai, two tables side by side. */
export function mutuRuang(): BookW {
  const b = new BookW(
    "mutu-kebersihan-tangan-ndr-per-ruang-bukit-serunai.xlsx",
    "Rekap indikator mutu per unit (RSUD)",
    "Two tables side by side, one empty column between: kepatuhan kebersihan tangan per unit (peluang | dilakukan | %) with a TOTAL ratio of totals; NDR per ruang rawat inap (pasien keluar | mati > 48 jam | NDR per mil), shorter",
  );
  const S = "Mutu Semester II 2024";
  const s = b.sheet(S);
  s.lines(["REKAP INDIKATOR MUTU RSUD dr. H. RASYID MANGKUTO", "Periode Juli - Desember 2024"]);
  s.gap();
  const U = [
    { id: "u1", nm: "IGD", pel: 412, dil: 356 },
    { id: "u2", nm: "ICU", pel: 388, dil: 361 },
    { id: "u3", nm: "Ruang Bedah", pel: 455, dil: 392 },
    { id: "u4", nm: "Ruang Penyakit Dalam", pel: 530, dil: 441 },
    { id: "u5", nm: "Ruang Anak", pel: 296, dil: 262 },
    { id: "u6", nm: "Ruang Kebidanan", pel: 318, dil: 284 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Unit"], role: "lokasi", width: 20 },
      { key: "pel", head: ["Kebersihan Tangan", "Jumlah Peluang"], role: "target", year: 2024, fmt: INT },
      { key: "dil", head: ["Kebersihan Tangan", "Dilakukan"], role: "realisasi", year: 2024, fmt: INT },
      { key: "p", head: ["Kebersihan Tangan", "Kepatuhan (%)"], role: "capaian", year: 2024, fmt: DEC },
    ],
    headerRows: 2,
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (c) => ({
          no: i + 1,
          nm: u.nm,
          pel: u.pel,
          dil: u.dil,
          // planted: stale cached 88.20 for Penyakit Dalam (441 / 530 = 83.21)
          p: fx(`ROUND(${c.a("dil")}/${c.a("pel")}*100,2)`, u.id === "u4" ? 88.2 : undefined),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({
          no: "TOTAL",
          pel: fx(`SUM(${c.a("pel", "u1")}:${c.a("pel", "u6")})`),
          dil: fx(`SUM(${c.a("dil", "u1")}:${c.a("dil", "u6")})`),
          p: fx(`ROUND(${c.a("dil")}/${c.a("pel")}*100,2)`),
        }),
      },
    ],
  });
  const R = [
    { id: "r1", nm: "Bedah", k: 1_284, m: 9 },
    { id: "r2", nm: "Penyakit Dalam", k: 1_962, m: 47 },
    { id: "r3", nm: "Anak", k: 845, m: 6 },
    { id: "r4", nm: "ICU", k: 212, m: 31 },
  ];
  const nt = s.table(
    {
      cols: [
        { key: "nm", head: ["Ruang Rawat Inap"], role: "lokasi", width: 18 },
        { key: "k", head: ["Pasien Keluar (Hidup + Mati)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "m", head: ["Mati > 48 Jam"], role: "realisasi", year: 2024, fmt: INT },
        { key: "ndr", head: ["NDR (per mil)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...R.map((r): Row => ({
          id: r.id,
          cells: (c) => ({ nm: r.nm, k: r.k, m: r.m, ndr: fx(`ROUND(${c.a("m")}/${c.a("k")}*1000,2)`) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            k: fx(`SUM(${c.a("k", "r1")}:${c.a("k", "r4")})`),
            // planted: typed 98 among formulas (9 + 47 + 6 + 31 = 93)
            m: 98,
            ndr: fx(`ROUND(${c.a("m")}/${c.a("k")}*1000,2)`),
          }),
        },
      ],
    },
    7,
    top,
  );
  s.gap();
  s.lines(["NDR = pasien mati > 48 jam / pasien keluar (hidup + mati) x 1000; standar <= 25 per mil."]);
  s.gap();
  signature(s, 3, {
    tempat: "Muara Serunai, 8 Januari 2025",
    jabatan: ["KETUA KOMITE MUTU"],
    nama: "dr. SITI NURHALIZA RANGKUTI, M.K.M.",
    nip: "19880214 201402 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "u4") },
    rules: ["capaian-mismatch"],
    note: "Kepatuhan of Ruang Penyakit Dalam shows a stale cached 88.20; its formula 441 / 530 gives 83.21",
    truth: `ROUND(${a("dil", "u4")}/${a("pel", "u4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: nt.a("m", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah mati > 48 jam is a typed 98; the four ruang give 9 + 47 + 6 + 31 = 93",
    truth: `SUM(${nt.a("m", "r1")}:${nt.a("m", "r4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("dil", "tot")}/${a("pel", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "u1")}:${a("p", "u6")}),2)`,
  });
  for (const id of ["u1", "u2", "u3", "u5", "u6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("dil", id)}/${a("pel", id)}*100,2)`,
    });
  for (const k of ["pel", "dil"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "u1")}:${a(k, "u6")})` });
  b.ok({
    sheet: S,
    cell: nt.a("k", "j"),
    rules: ["sum-mismatch"],
    truth: `${nt.a("k", "r1")}+${nt.a("k", "r2")}+${nt.a("k", "r3")}+${nt.a("k", "r4")}`,
  });
  return b.finish();
}
