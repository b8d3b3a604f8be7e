// Set 321: two recaps of a Satpol PP dan Damkar office. Kabupaten Lembah Seruni: kejadian kebakaran
// and ketepatan waktu tanggap per kecamatan, with a per-triwulan table beside it (one empty column).
// Kota Batu Karang Laut: penegakan Perda / Perwali per triwulan with penyelesaian (%) and denda.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Row } from "../forms/kit";

export function rekapKebakaran(): BookW {
  const book = new BookW(
    "rekap-kebakaran-waktu-tanggap-per-kecamatan-lembah-seruni-321.xlsx",
    "rekap",
    "kejadian kebakaran per kecamatan ((5)=(4)/(3)x100, typed %) and per triwulan side by side",
  );
  const SH = "Rekap Damkar 2024";
  const s = book.sheet(SH);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SERUNI",
    "SATPOL PP DAN DAMKAR - BIDANG PEMADAM KEBAKARAN DAN PENYELAMATAN",
  ]);
  s.lines(["REKAPITULASI KEJADIAN KEBAKARAN DAN KETEPATAN WAKTU TANGGAP TAHUN 2024"]);
  s.gap();
  const kec: Array<[string, number, number, number]> = [
    ["Seruni Kota", 27, 24, 1245000000],
    ["Karangsari", 18, 13, 860500000],
    ["Tegalwangi", 14, 12, 512300000],
    ["Wonoasri", 24, 18, 1038750000],
    ["Sumberlor", 11, 7, 294000000],
    ["Gunungpati Wetan", 9, 5, 186200000],
  ];
  const top = s.r;
  const a = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "kec", head: ["Kecamatan"], num: "(2)", width: 20 },
        { key: "n", head: ["Jumlah Kejadian Kebakaran"], role: "lainnya", num: "(3)", fmt: INT },
        { key: "ok", head: ["Tertangani <= 15 Menit"], role: "lainnya", num: "(4)", fmt: INT },
        {
          key: "pct",
          head: ["Persentase Ketepatan Waktu Tanggap (%)"],
          role: "capaian",
          num: "(5)=(4)/(3)x100",
          fmt: DEC,
        },
        { key: "rugi", head: ["Taksiran Kerugian (Rp)"], role: "lainnya", num: "(6)", fmt: RP, width: 16 },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...kec.map(([k, n, ok, rugi], i): Row => ({
          id: `k${i}`,
          // planted: Wonoasri's share typed as (3)/(4) = 133.33
          cells: {
            no: i + 1,
            kec: k,
            n,
            ok,
            pct: i === 3 ? round((n / ok) * 100) : round((ok / n) * 100),
            rugi,
          },
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            kec: "Jumlah",
            n: fx(`SUM(${x.a("n", "k0")}:${x.a("n", "k5")})`),
            ok: fx(`SUM(${x.a("ok", "k0")}:${x.a("ok", "k5")})`),
            pct: fx(`ROUND(${x.a("ok")}/${x.a("n")}*100,2)`),
            rugi: fx(`SUM(${x.a("rugi", "k0")}:${x.a("rugi", "k5")})`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tw: Array<[string, number, number]> = [
    ["Triwulan I", 22, 46],
    ["Triwulan II", 31, 38],
    ["Triwulan III", 29, 52],
    ["Triwulan IV", 21, 41],
  ];
  const b = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        { key: "keb", head: ["Jenis Kejadian", "Kebakaran"], role: "lainnya", fmt: INT },
        { key: "non", head: ["Jenis Kejadian", "Non Kebakaran (Penyelamatan)"], role: "lainnya", fmt: INT },
        { key: "jml", head: ["Jumlah Kejadian"], role: "lainnya", fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...tw.map(([p, k, n], i): Row => ({
          id: `t${i}`,
          cells: (x) => ({ tw: p, keb: k, non: n, jml: fx(`${x.a("keb")}+${x.a("non")}`) }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            keb: fx(`SUM(${x.a("keb", "t0")}:${x.a("keb", "t3")})`),
            // planted: the range stops at Triwulan III
            non: fx(`SUM(${x.a("non", "t0")}:${x.a("non", "t2")})`),
            jml: fx(`SUM(${x.a("jml", "t0")}:${x.a("jml", "t3")})`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.r = a.lastDataRow + 2;
  s.lines([
    "Catatan: kejadian non kebakaran meliputi evakuasi hewan liar, sarang tawon, orang tenggelam dan cincin terjepit.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Lembah Seruni, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PEMADAM KEBAKARAN", "DAN PENYELAMATAN"],
    nama: "AGUS SETIAWAN NUGROHO, S.T",
    pangkat: "Penata Tingkat I",
    nip: "19800304 200501 1 012",
  });
  const SHa = (k: string, id: string) => a.a(k, id);
  const pct = (id: string) => `ROUND(${SHa("ok", id)}/${SHa("n", id)}*100,2)`;
  book.plant({
    at: { sheet: SH, cell: SHa("pct", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: pct("k3"),
    note: "Wonoasri ketepatan typed 133.33 (= 24/18, the ratio inverted); 18 of 24 is 75.00",
  });
  book.plant({
    at: { sheet: SH, cell: b.a("non", "tot") },
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((i) => b.a("non", `t${i}`)).join("+"),
    note: "Jumlah non kebakaran =SUM over Triwulan I-III only (136); the four quarters add up to 177",
  });
  for (const i of [0, 1, 2, 4, 5])
    book.ok({
      sheet: SH,
      cell: SHa("pct", `k${i}`),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: pct(`k${i}`),
    });
  book.ok({
    sheet: SH,
    cell: SHa("pct", "jml"),
    rules: ["ratio-components-mismatch"],
    truth: pct("jml"),
    trap: `ROUND(AVERAGE(${SHa("pct", "k0")}:${SHa("pct", "k5")}),2)`,
  });
  for (const k of ["n", "ok", "rugi"])
    book.ok({
      sheet: SH,
      cell: SHa(k, "jml"),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3, 4, 5].map((i) => SHa(k, `k${i}`)).join("+"),
    });
  book.ok({
    sheet: SH,
    cell: b.a("keb", "tot"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((i) => b.a("keb", `t${i}`)).join("+"),
  });
  for (const i of [0, 1, 2, 3])
    book.ok({
      sheet: SH,
      cell: b.a("jml", `t${i}`),
      rules: ["sum-mismatch"],
      truth: `${b.a("keb", `t${i}`)}+${b.a("non", `t${i}`)}`,
    });
  return book.finish();
}

export function rekapPerda(): BookW {
  const book = new BookW(
    "rekap-penegakan-perda-per-triwulan-batu-karang-laut-321.xlsx",
    "rekap",
    "penegakan Perda/Perwali per triwulan: (7)=3+4+5+6 formulas, (9)=8/7x100, denda, Jumlah row",
  );
  const SH = "Penegakan Perda 2024";
  const s = book.sheet(SH);
  s.lines(
    [
      "LAPORAN REKAPITULASI PENEGAKAN PERDA DAN PERWALI",
      "SATPOL PP DAN DAMKAR KOTA BATU KARANG LAUT",
      "TAHUN ANGGARAN 2024",
    ],
    2,
    { bold: true },
  );
  s.gap();
  const perda: Array<[string, number[], number, number]> = [
    ["Perda No. 3 Tahun 2019 tentang Ketertiban Umum", [38, 42, 51, 47], 152, 24500000],
    ["Perda No. 7 Tahun 2020 tentang Penataan Pedagang Kaki Lima", [64, 58, 71, 66], 231, 12750000],
    ["Perda No. 2 Tahun 2021 tentang Bangunan Gedung", [12, 9, 15, 11], 29, 86400000],
    ["Perda No. 5 Tahun 2018 tentang Pengendalian Minuman Beralkohol", [7, 11, 6, 9], 31, 41200000],
    ["Perwali No. 22 Tahun 2022 tentang Penyelenggaraan Reklame", [25, 19, 28, 22], 80, 18600000],
    ["Perda No. 4 Tahun 2017 tentang Penanggulangan Penyakit Masyarakat", [15, 13, 17, 12], 50, 9800000],
  ];
  const Q = ["I", "II", "III", "IV"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "jenis", head: ["Jenis Perda / Perwali yang Dilanggar"], num: 2, width: 44 },
      ...Q.map((q, i) => ({
        key: `q${i}`,
        head: ["Jumlah Pelanggaran per Triwulan", q],
        role: "lainnya" as const,
        num: 3 + i,
        fmt: INT,
      })),
      { key: "jml", head: ["Jumlah Pelanggaran"], role: "lainnya", num: "7=3+4+5+6", fmt: INT },
      { key: "sel", head: ["Diselesaikan (Non Yustisial dan Tipiring)"], role: "lainnya", num: 8, fmt: INT },
      { key: "pct", head: ["Penyelesaian (%)"], role: "capaian", num: "9=8/7x100", fmt: DEC },
      {
        key: "denda",
        head: ["Denda Disetor ke Kas Daerah (Rp)"],
        role: "lainnya",
        num: 10,
        fmt: RP,
        width: 16,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...perda.map(([j, q, sel, denda], i): Row => ({
        id: `r${i}`,
        cells: (x) => ({
          no: i + 1,
          jenis: j,
          q0: q[0],
          q1: q[1],
          q2: q[2],
          q3: q[3],
          // planted: Bangunan Gedung's total typed over the formula
          jml: i === 2 ? 52 : fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
          sel,
          // planted: Reklame's share points at the next row's total
          pct: fx(`ROUND(${x.a("sel")}/${x.c("jml")}${i === 4 ? x.r + 1 : x.r}*100,2)`),
          denda,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "jenis"],
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
          for (const k of ["q0", "q1", "q2", "q3", "jml", "sel", "denda"])
            c[k] = fx(`SUM(${x.a(k, "r0")}:${x.a(k, "r5")})`);
          c.pct = fx(`ROUND(${x.a("sel")}/${x.a("jml")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Batu Karang Laut, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG PENEGAKAN PERUNDANG-UNDANGAN DAERAH"],
    nama: "MUHAMMAD RIZAL HAMID, S.H",
    nip: "19830921 200901 1 003",
  });
  const A = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => Q.map((_, i) => A(`q${i}`, id)).join("+");
  book.plant({
    at: { sheet: SH, cell: A("jml", "r2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: qs("r2"),
    note: "Bangunan Gedung jumlah typed 52 among SUM formulas; 12+9+15+11 = 47",
  });
  book.plant({
    at: { sheet: SH, cell: A("pct", "r4") },
    rules: ["ratio-components-mismatch", "inconsistent-formula", "percent-out-of-range"],
    truth: `ROUND(${A("sel", "r4")}/${A("jml", "r4")}*100,2)`,
    note: "Reklame penyelesaian divides by the next row's total (80/57 = 140.35); 80 of 94 is 85.11",
  });
  for (const i of [0, 1, 3, 5]) {
    book.ok({ sheet: SH, cell: A("jml", `r${i}`), rules: ["sum-mismatch"], truth: qs(`r${i}`) });
    book.ok({
      sheet: SH,
      cell: A("pct", `r${i}`),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${A("sel", `r${i}`)}/${A("jml", `r${i}`)}*100,2)`,
    });
  }
  for (const k of ["q0", "q1", "q2", "q3", "sel", "denda"])
    book.ok({
      sheet: SH,
      cell: A(k, "tot"),
      rules: ["sum-mismatch"],
      truth: [0, 1, 2, 3, 4, 5].map((i) => A(k, `r${i}`)).join("+"),
    });
  return book.finish();
}
