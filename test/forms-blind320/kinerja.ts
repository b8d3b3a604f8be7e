// The LKjIP 2024 capaian table of Dinas PUPR Kabupaten Lembah Sariwangi and the Perjanjian Kinerja 2025
// of Dinas PUPR Kota Batu Runcing beside its Renstra IKU sheet. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  ak: number;
};

/** LKjIP 2024 Tabel 3.3, Dinas PUPR Kabupaten Lembah Sariwangi. */
export function lkjipPupr(): BookW {
  const b = new BookW(
    "lkjip-2024-dpupr-lembah-sariwangi-320.xlsx",
    "LKjIP capaian (Dinas PUPR)",
    "LKjIP 2024 Tabel 3.3: no No column, Sasaran merged over its indicators, number row '1 .. 7 = 6/5 x 100 .. 10 = 6/9 x 100', ROUND formulas, refleksi (2T-R)/T on negatives, predikat words typed, target akhir Renstra 2026, rata-rata footer",
  );
  const S = "Tabel 3.3";
  const s = b.sheet(S);
  s.lines(
    [
      "BAB III AKUNTABILITAS KINERJA",
      "Tabel 3.3 Pengukuran Capaian Kinerja Dinas PUPR Kabupaten Lembah Sariwangi Tahun 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const SA = "Meningkatnya kemantapan jalan dan jembatan kabupaten";
  const SB = "Meningkatnya layanan infrastruktur sumber daya air dan permukiman";
  const rows: Ik[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      sat: "%",
      neg: false,
      r23: 69.12,
      t: 72.4,
      r: 72.85,
      ak: 78.5,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      neg: false,
      r23: 76.3,
      t: 81,
      r: 79.6,
      ak: 86,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      neg: false,
      r23: 66.8,
      t: 70,
      r: 70.4,
      ak: 75,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase luas genangan di kawasan permukiman perkotaan",
      sat: "%",
      neg: true,
      r23: 13.4,
      t: 12.5,
      r: 11.8,
      ak: 10,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Tingkat kehilangan air (NRW) pada SPAM perpipaan kabupaten",
      sat: "%",
      neg: true,
      r23: 35.2,
      t: 30,
      r: 33.6,
      ak: 25,
    },
  ];
  const cap = (e: Ik) => round(e.neg ? ((2 * e.t - e.r) / e.t) * 100 : (e.r / e.t) * 100, 2);
  const capAk = (e: Ik) => round(e.neg ? ((2 * e.ak - e.r) / e.ak) * 100 : (e.r / e.ak) * 100, 2);
  const STALE = 101.26;
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: 1, width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 2, width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: 4, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: 5, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: 6, fmt: DEC },
    {
      key: "c",
      head: ["Tahun 2024", "% Capaian"],
      role: "capaian",
      year: 2024,
      num: "7 = 6/5 x 100",
      fmt: DEC,
    },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024, num: 8 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target", num: 9, fmt: DEC },
    {
      key: "cak",
      head: ["Capaian s.d. 2024 terhadap Akhir Renstra (%)"],
      role: "capaian",
      num: "10 = 6/9 x 100",
      fmt: DEC,
    },
  ];
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const AK = x.a("ak");
      let c = e.neg ? fx(`ROUND((2*${T}-${R})/${T}*100,2)`) : fx(`ROUND(${R}/${T}*100,2)`);
      // planted: NRW row got the positive formula copied down; jembatan row keeps a stale result
      if (e.id === "i5") c = fx(`ROUND(${R}/${T}*100,2)`);
      if (e.id === "i2") c = fx(`ROUND(${R}/${T}*100,2)`, STALE);
      const shown = e.id === "i5" ? round((e.r / e.t) * 100, 2) : e.id === "i2" ? STALE : cap(e);
      return {
        sas: e.sas,
        ind: e.ind,
        sat: e.sat,
        r23: e.r23,
        t: e.t,
        r: e.r,
        c,
        p: predikatBaik(shown),
        ak: e.ak,
        cak: e.neg ? fx(`ROUND((2*${AK}-${R})/${AK}*100,2)`) : fx(`ROUND(${R}/${AK}*100,2)`),
      };
    },
  }));
  body.push({
    id: "avg",
    bold: true,
    span: ["sas", "r"],
    cells: (x) => ({
      sas: "Rata-rata Capaian Kinerja",
      c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
      p: predikatBaik(
        round(
          sum(
            rows.map((e) => (e.id === "i5" ? round((e.r / e.t) * 100, 2) : e.id === "i2" ? STALE : cap(e))),
          ) / 5,
          2,
        ),
      ),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: capaian indikator yang semakin kecil semakin baik (luas genangan, kehilangan air) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string, tk = "t") => `(2*${a(tk, id)}-${a("r", id)})/${a(tk, id)}*100`;
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl("i5"),
    note: `NRW is lower-is-better but the capaian is R/T = ${round((33.6 / 30) * 100, 2)}; refleksi gives ${cap(rows[4])}`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    truth: `${a("r", "i2")}/${a("t", "i2")}*100`,
    note: `=ROUND(R/T*100,2) with a stale cached ${STALE}; 79.60 / 81.00 gives ${cap(rows[1])}`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl("i4"),
    trap: `${a("r", "i4")}/${a("t", "i4")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl("i4", "ak"),
    trap: `${a("r", "i4")}/${a("ak", "i4")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cak", "i5"),
    rules: ["capaian-mismatch"],
    truth: refl("i5", "ak"),
    trap: `${a("r", "i5")}/${a("ak", "i5")}*100`,
  });
  for (const id of ["i1", "i3"]) {
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("t", id)}*100`,
    });
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  }
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("cak", id),
      rules: ["capaian-mismatch"],
      truth: `${a("r", id)}/${a("ak", id)}*100`,
    });
  b.ok({
    sheet: S,
    cell: a("p", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i4")})`,
  });
  void capAk;
  return b.finish();
}

/** PK 2025 Dinas PUPR Kota Batu Runcing with the IKU sheet of its Renstra 2025-2029. */
export function pkPupr(): BookW {
  const b = new BookW(
    "pk-2025-dpupr-batu-runcing-320.xlsx",
    "Perjanjian Kinerja + Renstra (Dinas PUPR)",
    "PK 2025: statement lines, indicator table (No, Sasaran merged, Indikator, Target, Satuan: Target before Satuan), program table with a =SUM Jumlah; sheet 'IKU Renstra' with 'Tahun - 1 .. Tahun - 5' resolved from 'Renstra 2025-2029' and a Kondisi Akhir column",
  );
  // the Renstra sheet first (the PK reads from it)
  const R = "IKU Renstra";
  const r = b.sheet(R);
  r.lines(
    [
      "Tabel 4.2 Indikator Kinerja Utama Dinas PUPR Kota Batu Runcing",
      "Renstra Perangkat Daerah Tahun 2025-2029",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const iku = [
    {
      id: "u1",
      ind: "Persentase panjang jalan kota dalam kondisi mantap",
      sat: "%",
      awal: 74.6,
      k: [76.2, 78, 79.8, 81.5, 83],
      neg: false,
    },
    {
      id: "u2",
      ind: "Persentase jembatan kota dalam kondisi baik",
      sat: "%",
      awal: 80.4,
      k: [82.1, 83.6, 85, 86.4, 88],
      neg: false,
    },
    {
      id: "u3",
      ind: "Persentase kawasan permukiman bebas genangan",
      sat: "%",
      awal: 81.2,
      k: [82.5, 84, 85.5, 87, 88.5],
      neg: false,
    },
    {
      id: "u4",
      ind: "Persentase rumah tangga dengan akses air minum layak",
      sat: "%",
      awal: 88.4,
      k: [89.6, 90.8, 92, 93.1, 94.5],
      neg: false,
    },
    {
      id: "u5",
      ind: "Luas kawasan kumuh perkotaan",
      sat: "Ha",
      awal: 64.3,
      k: [58, 51.5, 45, 38, 30.5],
      neg: true,
    },
  ];
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[0, 1, 2, 3, 4].map((i): Col => ({
      key: `t${i}`,
      head: ["Target Kinerja", `Tahun - ${i + 1}`],
      role: "target",
      year: 2025 + i,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = r.table({
    cols: rc,
    headerRows: 2,
    rows: iku.map((u, i) => ({
      id: u.id,
      cells: {
        no: i + 1,
        ind: u.ind,
        sat: u.sat,
        awal: u.awal,
        t0: u.k[0],
        t1: u.k[1],
        t2: u.k[2],
        t3: u.k[3],
        t4: u.k[4],
        ak: u.k[4],
      },
    })),
  });

  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, [
    "PEMERINTAH KOTA BATU RUNCING",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
    "Jl. Samratulangi No. 12, Batu Runcing",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: ANDI MAPPATOBA LAMADJIDO, S.T., M.Si., Kepala Dinas PUPR, selaku pihak pertama,",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS PUPR KOTA BATU RUNCING"], 1, { bold: true });
  s.gap();
  const SAS1 = "Meningkatnya kualitas jalan dan jembatan kota";
  const SAS2 = "Meningkatnya kualitas infrastruktur permukiman";
  const sasOf: Record<string, string> = { u1: SAS1, u2: SAS1, u3: SAS2, u4: SAS2, u5: SAS2 };
  // planted: the jembatan target is the Renstra Tahun - 2 (2026) value 83.6; 2025 is 82.1
  const pkT = (u: (typeof iku)[number]) => (u.id === "u2" ? u.k[1] : u.k[0]);
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: iku.map((u, i) => ({
      id: u.id,
      cells: { no: i + 1, sas: sasOf[u.id], ind: u.ind, t: pkT(u), sat: u.sat },
    })),
  });
  s.gap();
  const progs = [
    { id: "g1", n: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 14_862_350_000 },
    { id: "g2", n: "Program Penyelenggaraan Jalan", rp: 48_915_700_000 },
    { id: "g3", n: "Program Pengelolaan dan Pengembangan Sistem Drainase", rp: 10_060_400_000 },
    { id: "g4", n: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum", rp: 11_340_000_000 },
    { id: "g5", n: "Program Penataan Bangunan Gedung", rp: 3_275_800_000 },
  ];
  const body: Row[] = progs.map((g, i) => ({
    id: g.id,
    cells: { no: i + 1, prog: g.n, rp: g.rp, ket: "APBD" },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "prog"],
    // planted: Jumlah stops one row short (Penataan Bangunan Gedung added after the formula was written)
    cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g4")})`) }),
  });
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: body,
  });
  s.gap();
  signature(s, 3, {
    tempat: "Batu Runcing, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PUPR"],
    nama: "ANDI MAPPATOBA LAMADJIDO, S.T., M.Si.",
    nip: "19780922 200501 1 003",
  });
  const total = sum(progs.map((g) => g.rp));
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "u2") },
        { sheet: R, cell: rt.a("t0", "u2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("t0", "u2")}`,
    note: "PK target 83.60 for % jembatan kondisi baik is the Renstra Tahun - 2 (2026) target; Tahun - 1 (2025) is 82.10",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g5")})`,
    note: `Jumlah =SUM one row short (${(total - 3_275_800_000).toLocaleString("en")}); the five programs give ${total.toLocaleString("en")}`,
  });
  for (const id of ["u1", "u3", "u4", "u5"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t0", id)}`,
    });
  for (const id of ["u1", "u3", "u5"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t4", id),
      trap: `SUM(${rt.a("t0", id)}:${rt.a("t4", id)})`,
    });
  return b.finish();
}
