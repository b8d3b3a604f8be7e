// The Perjanjian Kinerja with its Renstra, the recap of tindak lanjut temuan BPK per OPD and the
// quarterly recap of kerugian daerah and probity audit of two Inspektorat Daerah. All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** PK 2025 of the Inspektur Kapuas Hilir Raya, beside the Renstra 2025-2029 IKU targets. */
export function pkInspektorat(): BookW {
  const b = new BookW(
    "pk-2025-inspektur-kapuas-hilir-raya.xlsx",
    "PK 2025 with Renstra (Inspektorat)",
    "sheet 'Perjanjian Kinerja': No | Sasaran | Indikator | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Ket with a Jumlah SUM; sheet 'IKU Renstra': Kondisi 2024 | 2025..2029 | Kondisi Akhir 2029",
  );
  const P = "Perjanjian Kinerja";
  const R = "IKU Renstra";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const ind = [
    {
      id: "a",
      sas: "Meningkatnya maturitas SPIP",
      ind: "Nilai maturitas SPIP",
      sat: "level",
      awal: 2.95,
      k: [3.05, 3.15, 3.3, 3.45, 3.6],
    },
    {
      id: "b",
      sas: "Meningkatnya kapabilitas APIP",
      ind: "Level kapabilitas APIP",
      sat: "level",
      awal: 2,
      k: [3, 3, 3, 3, 4],
    },
    {
      id: "c",
      sas: "Meningkatnya tindak lanjut hasil pemeriksaan",
      ind: "Persentase rekomendasi hasil pemeriksaan yang ditindaklanjuti",
      sat: "%",
      awal: 74,
      k: [80, 82, 85, 88, 90],
    },
    {
      id: "d",
      sas: "Meningkatnya tindak lanjut hasil pemeriksaan",
      ind: "Persentase kerugian daerah yang dikembalikan",
      sat: "%",
      awal: 38.5,
      k: [45, 50, 55, 60, 65],
    },
  ];
  rs.lines(["Indikator Kinerja Utama Renstra Inspektorat Daerah Kabupaten Kapuas Hilir Raya 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Kinerja 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y, i): Col => ({ key: `k${i}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
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
        ...Object.fromEntries(x.k.map((v, j) => [`k${j}`, v])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "INSPEKTORAT DAERAH KABUPATEN KAPUAS HILIR RAYA"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const it = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the tindak lanjut target is 82, the Renstra's 2026 value
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "c" ? x.k[1] : x.k[0] },
    })),
  });
  pk.gap();
  const progs = [
    {
      id: "p1",
      kode: "6.01.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_612_850_000,
    },
    { id: "p2", kode: "6.01.02", nm: "Program Penyelenggaraan Pengawasan", rp: 1_392_900_000 },
    {
      id: "p3",
      kode: "6.01.03",
      nm: "Program Perumusan Kebijakan, Pendampingan dan Asistensi",
      rp: 716_250_000,
    },
  ];
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 42 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "nm"],
        // planted: a stale cached Jumlah (the first two programs only)
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p3")})`, 6_005_750_000) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Kuala Hilir, 2 Januari 2025",
    jabatan: ["BUPATI KAPUAS HILIR RAYA"],
    nama: "H. SYAHRIAL DJUNAIDI, S.H.",
    nip: "-",
  });
  const rc = (id: string, i: number) => `'${R}'!${rt.a(`k${i}`, id)}`;
  b.plant({
    at: { sheet: P, cell: it.a("tg", "c") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the tindak lanjut rekomendasi is 82, the Renstra 2026 target; the 2025 target is 80",
    truth: rc("c", 0),
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran caches 6,005,750,000 (two programs); the three programs add up to 6,722,000,000",
    truth: progs.map((p) => pt.a("rp", p.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: it.a("tg", id), rules: ["cross-table-mismatch"], truth: rc(id, 0) });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k4", id),
      trap: Y.map((_, i) => rt.a(`k${i}`, id)).join("+"),
    });
  return b.finish();
}

/** Tindak lanjut rekomendasi BPK per OPD of the Inspektorat Lembah Mandara, s.d. Semester II 2024. */
export function rekapTlBpk(): BookW {
  const b = new BookW(
    "rekap-tindak-lanjut-bpk-per-opd-lembah-mandara.xlsx",
    "Rekap tindak lanjut temuan BPK per OPD (Inspektorat)",
    "per OPD: rekomendasi (3) = (4)+(5)+(6)+(7) by status, (8) % sesuai, kerugian daerah Rp nilai | disetor | sisa (11) = (9)-(10), (12) % dikembalikan; Jumlah row of SUMs with ratio-of-totals percentages",
  );
  const S = "TL BPK s.d. Smt II 2024";
  const s = b.sheet(S);
  letterhead(s, ["INSPEKTORAT DAERAH KABUPATEN LEMBAH MANDARA"]);
  s.lines([
    "Rekapitulasi Pemantauan Tindak Lanjut Rekomendasi Hasil Pemeriksaan BPK RI per Perangkat Daerah",
    "Posisi s.d. Semester II Tahun 2024",
  ]);
  s.gap();
  const O = [
    { id: "o1", nm: "Sekretariat Daerah", st: [12, 4, 2, 0], n: 412_650_000, d: 298_400_000 },
    { id: "o2", nm: "Dinas Pendidikan dan Kebudayaan", st: [15, 5, 3, 1], n: 1_286_300_000, d: 744_900_000 },
    { id: "o3", nm: "Dinas Kesehatan", st: [9, 4, 3, 0], n: 655_180_000, d: 512_060_000 },
    {
      id: "o4",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      st: [27, 11, 6, 2],
      n: 3_904_770_000,
      d: 1_870_250_000,
    },
    {
      id: "o5",
      nm: "Badan Pengelolaan Keuangan dan Aset Daerah",
      st: [9, 2, 0, 0],
      n: 96_420_000,
      d: 92_170_000,
    },
    { id: "o6", nm: "Dinas Perhubungan", st: [4, 3, 2, 0], n: 187_500_000, d: 62_500_000 },
    { id: "o7", nm: "RSUD Mandara", st: [8, 3, 2, 1], n: 1_102_840_000, d: 455_000_000 },
  ];
  const ST = "Status Tindak Lanjut Rekomendasi";
  const KD = "Kerugian Daerah (Rp)";
  const stKeys = ["s", "b", "n", "t"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], role: "lainnya", num: "(2)", width: 36 },
    {
      key: "rek",
      head: ["Jumlah Rekomendasi"],
      role: "realisasi",
      year: 2024,
      num: "(3) = (4)+(5)+(6)+(7)",
      fmt: INT,
    },
    { key: "s", head: [ST, "Sesuai"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "b", head: [ST, "Belum Sesuai"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "n", head: [ST, "Belum Ditindaklanjuti"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    {
      key: "t",
      head: [ST, "Tidak Dapat Ditindaklanjuti"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
    },
    { key: "ps", head: ["% Sesuai"], role: "capaian", year: 2024, num: "(8) = (4)/(3) x 100", fmt: DEC },
    { key: "nl", head: [KD, "Nilai"], role: "realisasi-anggaran", num: "(9)", fmt: RP, width: 16 },
    {
      key: "dt",
      head: [KD, "Disetor ke Kas Daerah"],
      role: "realisasi-anggaran",
      num: "(10)",
      fmt: RP,
      width: 16,
    },
    { key: "ss", head: [KD, "Sisa"], role: "realisasi-anggaran", num: "(11) = (9)-(10)", fmt: RP, width: 16 },
    { key: "pd", head: ["% Dikembalikan"], role: "capaian", num: "(12) = (10)/(9) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x) => ({
          no: i + 1,
          opd: o.nm,
          // planted: PUPR typed 48 rekomendasi; its statuses add up to 46
          rek: o.id === "o4" ? 48 : o.st[0] + o.st[1] + o.st[2] + o.st[3],
          ...Object.fromEntries(stKeys.map((k, j) => [k, o.st[j]])),
          // planted: Dinas Kesehatan's % sesuai typed as (3)/(4) = 177.78
          ps: o.id === "o3" ? 177.78 : fx(`ROUND(${x.a("s")}/${x.a("rek")}*100,2)`),
          nl: o.n,
          dt: o.d,
          ss: fx(`${x.a("nl")}-${x.a("dt")}`),
          pd: fx(`ROUND(${x.a("dt")}/${x.a("nl")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "opd"],
        cells: (x) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["rek", ...stKeys, "nl", "dt", "ss"].map((k) => [k, fx(`SUM(${x.a(k, "o1")}:${x.a(k, "o7")})`)]),
          ),
          ps: fx(`ROUND(${x.a("s")}/${x.a("rek")}*100,2)`),
          pd: fx(`ROUND(${x.a("dt")}/${x.a("nl")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 10, {
    tempat: "Mandara, 8 Januari 2025",
    jabatan: ["Inspektur Kabupaten Lembah Mandara"],
    nama: "Drs. H. MUHAMMAD ARSYAD PATOLA, M.Si., CGCAE",
    nip: "19700814 199503 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const st = (id: string) => stKeys.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rek", "o4") },
    rules: ["sum-mismatch"],
    note: "Dinas PUPR has 48 rekomendasi; its statuses 27+11+6+2 give 46",
    truth: st("o4"),
  });
  b.plant({
    at: { sheet: S, cell: a("ps", "o3") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "% sesuai of Dinas Kesehatan is a typed 177.78 ((3)/(4)); 9/16 x 100 = 56.25",
    truth: `ROUND(${a("s", "o3")}/${a("rek", "o3")}*100,2)`,
  });
  for (const id of ["o1", "o2", "o3", "o5", "o6", "o7"])
    b.ok({ sheet: S, cell: a("rek", id), rules: ["sum-mismatch"], truth: st(id) });
  for (const id of ["o1", "o4", "o6"])
    b.ok({
      sheet: S,
      cell: a("ps", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("s", id)}/${a("rek", id)}*100,2)`,
    });
  for (const id of ["o2", "o4", "o7"])
    b.ok({ sheet: S, cell: a("ss", id), rules: ["sum-mismatch"], truth: `${a("nl", id)}-${a("dt", id)}` });
  b.ok({
    sheet: S,
    cell: a("nl", "jml"),
    rules: ["sum-mismatch"],
    truth: O.map((o) => a("nl", o.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pd", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("dt", "jml")}/${a("nl", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pd", "o1")}:${a("pd", "o7")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ss", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("nl", "jml")}-${a("dt", "jml")}`,
  });
  return b.finish();
}

/** Kerugian daerah (saldo per triwulan) beside probity audit per triwulan, Inspektorat Kapuas Hilir Raya 2024. */
export function triwulanKerugianProbity(): BookW {
  const b = new BookW(
    "kerugian-daerah-probity-triwulan-kapuas-hilir-raya.xlsx",
    "Rekap kerugian daerah and probity audit per triwulan (Inspektorat)",
    "two tables side by side: saldo kerugian daerah per triwulan ((5) = (2)+(3)-(4), (6) = (4)/((2)+(3)) x 100, year row with the TW I saldo awal) and probity audit per triwulan (paket, nilai HPS, paket di-probity, %), Jumlah row",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN KAPUAS HILIR RAYA", "INSPEKTORAT DAERAH"]);
  s.lines(["Rekapitulasi Penyelesaian Kerugian Daerah dan Probity Audit Tahun 2024"]);
  s.gap();
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const ids = ["q1", "q2", "q3", "q4"];
  const K = [
    { aw: 2_846_500_000, tb: 312_400_000, kb: 405_900_000 },
    { aw: 2_753_000_000, tb: 128_750_000, kb: 366_200_000 },
    { aw: 2_515_550_000, tb: 540_300_000, kb: 288_450_000 },
    { aw: 2_767_400_000, tb: 96_000_000, kb: 612_350_000 },
  ];
  const top = s.r;
  const kt = s.table(
    {
      cols: [
        { key: "per", head: ["Periode"], role: "lainnya", num: "(1)", width: 14 },
        { key: "aw", head: ["Saldo Awal (Rp)"], role: "lainnya", num: "(2)", fmt: RP, width: 16 },
        {
          key: "tb",
          head: ["Mutasi", "Penambahan Kasus (Rp)"],
          role: "realisasi-anggaran",
          num: "(3)",
          fmt: RP,
          width: 16,
        },
        {
          key: "kb",
          head: ["Mutasi", "Pengembalian / Angsuran (Rp)"],
          role: "realisasi-anggaran",
          num: "(4)",
          fmt: RP,
          width: 16,
        },
        {
          key: "ak",
          head: ["Saldo Akhir (Rp)"],
          role: "lainnya",
          num: "(5) = (2)+(3)-(4)",
          fmt: RP,
          width: 16,
        },
        { key: "pc", head: ["% Pengembalian"], role: "capaian", num: "(6) = (4)/((2)+(3)) x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((k, i): Row => ({
          id: ids[i],
          cells: (x) => ({
            per: TW[i],
            aw: k.aw,
            tb: k.tb,
            kb: k.kb,
            // planted: Triwulan III saldo akhir typed without the penambahan
            ak: i === 2 ? 2_227_100_000 : fx(`${x.a("aw")}+${x.a("tb")}-${x.a("kb")}`),
            pc: fx(`ROUND(${x.a("kb")}/(${x.a("aw")}+${x.a("tb")})*100,2)`),
          }),
        })),
        {
          id: "th",
          bold: true,
          cells: (x) => ({
            per: "Tahun 2024",
            aw: fx(x.a("aw", "q1")),
            tb: fx(`SUM(${x.a("tb", "q1")}:${x.a("tb", "q4")})`),
            kb: fx(`SUM(${x.a("kb", "q1")}:${x.a("kb", "q4")})`),
            ak: fx(`${x.a("aw")}+${x.a("tb")}-${x.a("kb")}`),
            pc: fx(`ROUND(${x.a("kb")}/(${x.a("aw")}+${x.a("tb")})*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const P = [
    { pk: 6, hps: 14_250_000_000, pr: 4 },
    { pk: 11, hps: 38_760_500_000, pr: 8 },
    { pk: 9, hps: 27_415_000_000, pr: 7 },
    { pk: 5, hps: 9_880_000_000, pr: 3 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "per", head: ["Triwulan"], role: "lainnya", num: "1", width: 12 },
        {
          key: "pk",
          head: ["Paket PBJ Strategis", "Jumlah Paket"],
          role: "target",
          year: 2024,
          num: "2",
          fmt: INT,
        },
        {
          key: "hps",
          head: ["Paket PBJ Strategis", "Nilai HPS (Rp)"],
          role: "anggaran",
          year: 2024,
          num: "3",
          fmt: RP,
          width: 18,
        },
        { key: "pr", head: ["Paket di-Probity Audit"], role: "realisasi", year: 2024, num: "4", fmt: INT },
        {
          key: "pc",
          head: ["% Paket di-Probity"],
          role: "capaian",
          year: 2024,
          num: "5 = 4/2 x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...P.map((p, i): Row => ({
          id: ids[i],
          cells: (x) => ({
            per: ["I", "II", "III", "IV"][i],
            pk: p.pk,
            hps: p.hps,
            pr: p.pr,
            pc: fx(`ROUND(${x.a("pr")}/${x.a("pk")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            per: "Jumlah",
            pk: fx(`SUM(${x.a("pk", "q1")}:${x.a("pk", "q4")})`),
            // planted: the SUM stops at Triwulan III
            hps: fx(`SUM(${x.a("hps", "q1")}:${x.a("hps", "q3")})`),
            pr: fx(`SUM(${x.a("pr", "q1")}:${x.a("pr", "q4")})`),
            pc: fx(`ROUND(${x.a("pr")}/${x.a("pk")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines(["Sumber: Sekretariat TPTGR dan Irban Khusus, diolah."]);
  const k = (c: string, id: string) => kt.a(c, id);
  const p = (c: string, id: string) => pt.a(c, id);
  b.plant({
    at: { sheet: S, cell: k("ak", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Saldo akhir Triwulan III is a typed 2,227,100,000 (2,515,550,000 - 288,450,000, the penambahan left out); (2)+(3)-(4) gives 2,767,400,000",
    truth: `${k("aw", "q3")}+${k("tb", "q3")}-${k("kb", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: p("hps", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah nilai HPS is SUM over Triwulan I-III (80,425,500,000); the four quarters give 90,305,500,000",
    truth: ids.map((id) => p("hps", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: k("aw", "th"),
    rules: ["sum-mismatch"],
    truth: k("aw", "q1"),
    trap: ids.map((id) => k("aw", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: k("aw", "q4"),
    rules: ["cross-table-mismatch"],
    truth: `${k("aw", "q3")}+${k("tb", "q3")}-${k("kb", "q3")}`,
    trap: k("ak", "q3"),
  });
  for (const id of ["q1", "q2", "q4", "th"])
    b.ok({
      sheet: S,
      cell: k("ak", id),
      rules: ["sum-mismatch"],
      truth: `${k("aw", id)}+${k("tb", id)}-${k("kb", id)}`,
    });
  b.ok({ sheet: S, cell: k("ak", "th"), rules: ["cross-table-mismatch"], truth: k("ak", "q4") });
  b.ok({
    sheet: S,
    cell: k("kb", "th"),
    rules: ["sum-mismatch"],
    truth: ids.map((id) => k("kb", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: k("pc", "th"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${k("kb", "th")}/(${k("aw", "th")}+${k("tb", "th")})*100,2)`,
    trap: `ROUND(AVERAGE(${k("pc", "q1")}:${k("pc", "q4")}),2)`,
  });
  for (const c of ["pk", "pr"])
    b.ok({
      sheet: S,
      cell: p(c, "jml"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => p(c, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: p("pc", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${p("pr", "jml")}/${p("pk", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${p("pc", "q1")}:${p("pc", "q4")}),2)`,
  });
  for (const id of ["q2", "q3"])
    b.ok({
      sheet: S,
      cell: p("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${p("pr", id)}/${p("pk", id)}*100,2)`,
    });
  return b.finish();
}
