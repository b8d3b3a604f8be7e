// LKjIP, PK with its Renstra, and two recaps of the Bagian Hukum (produk hukum per triwulan;
// harmonisasi per perangkat daerah beside bantuan hukum per jenis perkara). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja, Bagian Hukum Setda Batu Kendeng: refleksi on the negative rows. */
export function lkjipHukum(): BookW {
  const b = new BookW(
    "lkjip-2024-bagian-hukum-batu-kendeng.xlsx",
    "LKjIP pengukuran kinerja (Bagian Hukum)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Satuan | Arah | Target | Realisasi | Capaian | Kategori; ROUND formulas, refleksi (2T-R)/T on the negative rows; predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Kinerja Bagian Hukum Setda Kabupaten Batu Kendeng Tahun 2024"]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Persentase produk hukum daerah yang ditetapkan tepat waktu",
      sat: "%",
      pol: "+",
      t: 90,
      r: 87.3,
    },
    { id: "i2", ind: "Jumlah perda yang dibatalkan atau diuji materiil", sat: "perda", pol: "-", t: 3, r: 2 },
    { id: "i3", ind: "Persentase perkara bantuan hukum yang dimenangkan", sat: "%", pol: "+", t: 75, r: 80 },
    {
      id: "i4",
      ind: "Jumlah rancangan perda dikembalikan karena tidak harmonis",
      sat: "raperda",
      pol: "-",
      t: 6,
      r: 8,
    },
  ];
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Arah"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: I.map((x): Row => ({
      id: x.id,
      cells: (c) => ({
        sas: "Meningkatnya kualitas produk hukum daerah",
        ind: x.ind,
        sat: x.sat,
        pol: x.pol === "+" ? "Naik" : "Turun",
        t: x.t,
        r: x.r,
        // planted: the raperda-dikembalikan row (negative) uses R / T
        c: fx(x.id === "i4" ? cap("+", c.a("t"), c.a("r")) : cap(x.pol, c.a("t"), c.a("r"))),
        // planted: 'Baik' for 97.00 (Sangat Baik)
        p: { i1: "Baik", i2: "Sangat Baik", i3: "Sangat Baik", i4: "Cukup" }[x.id],
      }),
    })),
  });
  s.gap();
  s.lines(["Kategori: > 90 Sangat Baik; > 75 Baik; > 65 Cukup; > 50 Kurang; <= 50 Sangat Kurang."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Raperda dikembalikan (negative) computed as R / T = 133.33; refleksi (2 x 6 - 8) / 6 gives 66.67",
    truth: cap("-", a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i1") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 97.00 (87.3 / 90); above 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i2"), a("r", "i2")),
    trap: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Bagian Hukum Setda Tanjung Rawai, beside the Renstra 2025-2029 sheet. */
export function pkHukum(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-bagian-hukum-tanjung-rawai.xlsx",
    "PK 2025 with Renstra (Bagian Hukum)",
    "sheet 'PK Kabag Hukum 2025': indicators with Target, program/kegiatan anggaran with JUMLAH; sheet 'Renstra': Tahun ke-1..5 with the years in brackets, Kondisi Akhir",
  );
  const P = "PK Kabag Hukum 2025";
  const R = "Renstra";
  const ind = [
    {
      id: "a",
      ind: "Persentase perda yang diundangkan tepat waktu",
      sat: "%",
      awal: 81.5,
      k: [84, 87, 90, 92.5, 95],
    },
    {
      id: "b",
      ind: "Persentase rancangan produk hukum yang selesai diharmonisasi",
      sat: "%",
      awal: 70,
      k: [74, 78, 82, 86, 90],
    },
    {
      id: "c",
      ind: "Indeks kepuasan layanan bantuan hukum",
      sat: "nilai",
      awal: 3.1,
      k: [3.2, 3.3, 3.4, 3.5, 3.6],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja dan Target Renstra Bagian Hukum 2025-2029"]);
  rs.gap();
  const Y = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y} (${2024 + y})`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x) => ({
      id: x.id,
      cells: {
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BAGIAN HUKUM SEKRETARIAT DAERAH KOTA TANJUNG RAWAI",
  ]);
  pk.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sebagai berikut."]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No."], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    // planted: the harmonisasi target is the Renstra 2027 value 82 (2025: 74)
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "b" ? 82 : x.k[0] },
    })),
  });
  pk.gap();
  const prog = [
    { id: "k1", nm: "Fasilitasi Penyusunan Produk Hukum Daerah", rp: 1_284_600_000 },
    { id: "k2", nm: "Pelaksanaan Bantuan Hukum dan Pendampingan Perkara", rp: 612_000_000 },
    { id: "k3", nm: "Pengelolaan JDIH", rp: 215_500_000 },
    { id: "k4", nm: "Penyuluhan dan Sosialisasi Produk Hukum", rp: 148_250_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No."], role: "no" },
      { key: "nm", head: ["Program / Kegiatan"], width: 44 },
      { key: "rp", head: ["Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: SUM one row short
        cells: (c) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k3")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Rawai, 6 Januari 2025",
    jabatan: ["Kepala Bagian Hukum"],
    nama: "YUSRAN EFENDI HASIBUAN, S.H., M.Kn.",
    nip: "19810707 200604 1 012",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 harmonisasi target is 82, the Renstra Tahun ke-3 (2027) target; 2025 is 74",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH is =SUM over the first three kegiatan (2,112,100,000); with penyuluhan it is 2,260,350,000",
    truth: `SUM(${at.a("rp", "k1")}:${at.a("rp", "k4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "b"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap produk hukum per triwulan 2024, Bagian Hukum Batu Kendeng. */
export function rekapProdukHukum(): BookW {
  const b = new BookW(
    "rekap-produk-hukum-triwulan-batu-kendeng.xlsx",
    "Rekap produk hukum daerah per triwulan (Bagian Hukum)",
    "per triwulan Perda | Perbup | Kepbup | Jumlah (5) = (2)+(3)+(4) | tepat waktu | % (7) = (6)/(5) x 100 | diunggah JDIH; Jumlah row with the ratio of totals",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["BAGIAN HUKUM SETDA KABUPATEN BATU KENDENG"]);
  s.lines(["Rekapitulasi Produk Hukum Daerah yang Ditetapkan dan Diundangkan Tahun 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", pd: 2, pb: 14, kb: 48, tp: 52, jd: 60 },
    { id: "q2", tw: "Triwulan II", pd: 3, pb: 19, kb: 61, tp: 74, jd: 80 },
    { id: "q3", tw: "Triwulan III", pd: 1, pb: 12, kb: 55, tp: 66, jd: 63 },
    { id: "q4", tw: "Triwulan IV", pd: 6, pb: 23, kb: 97, tp: 103, jd: 118 },
  ];
  const keys = ["pd", "pb", "kb", "j", "tp", "jd"];
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "pd", head: ["Ditetapkan", "Perda"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      { key: "pb", head: ["Ditetapkan", "Perbup"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "kb", head: ["Ditetapkan", "Kepbup"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "j", head: ["Jumlah"], role: "realisasi", year: 2024, num: "(5) = (2)+(3)+(4)", fmt: INT },
      {
        key: "tp",
        head: ["Diundangkan / Diumumkan Tepat Waktu"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      {
        key: "p",
        head: ["% Tepat Waktu"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(5) x 100",
        fmt: DEC,
      },
      { key: "jd", head: ["Diunggah ke JDIH"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          pd: q.pd,
          pb: q.pb,
          kb: q.kb,
          j: fx(`${c.a("pd")}+${c.a("pb")}+${c.a("kb")}`),
          tp: q.tp,
          // planted: Triwulan II % cached from an earlier count (78.31)
          p: fx(`ROUND(${c.a("tp")}/${c.a("j")}*100,2)`, q.id === "q2" ? 78.31 : undefined),
          jd: q.jd,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah" };
          for (const k of keys) out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, k === "jd" ? "q3" : "q4")})`);
          out.p = fx(`ROUND(${c.a("tp")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Buku Register Produk Hukum Daerah dan Berita Daerah Kabupaten Batu Kendeng."]);
  const a = (k: string, id: string) => t.a(k, id);
  const qs = ["q1", "q2", "q3", "q4"];
  b.plant({
    at: { sheet: S, cell: a("p", "q2") },
    rules: ["capaian-mismatch"],
    note: "Triwulan II % caches 78.31; the formula gives 74 / 83 x 100 = 89.16",
    truth: `ROUND(${a("tp", "q2")}/${a("j", "q2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("jd", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah diunggah JDIH is =SUM over Triwulan I-III (203); with Triwulan IV it is 321",
    truth: qs.map((q) => a("jd", q)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tp", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `ROUND((${qs.map((q) => `${a("tp", q)}/${a("j", q)}`).join("+")})/4*100,2)`,
  });
  for (const k of ["pd", "j", "tp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: qs.map((q) => a(k, q)).join("+") });
  for (const q of ["q1", "q3", "q4"]) {
    b.ok({
      sheet: S,
      cell: a("j", q),
      rules: ["sum-mismatch"],
      truth: `${a("pd", q)}+${a("pb", q)}+${a("kb", q)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", q),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tp", q)}/${a("j", q)}*100,2)`,
    });
  }
  return b.finish();
}

/** Harmonisasi per perangkat daerah beside bantuan hukum per jenis perkara, Tanjung Rawai 2024. */
export function rekapHarmonisasi(): BookW {
  const b = new BookW(
    "harmonisasi-bantuan-hukum-per-opd-tanjung-rawai.xlsx",
    "Rekap harmonisasi per perangkat daerah and bantuan hukum (Bagian Hukum)",
    "two tables side by side: per perangkat daerah diajukan | selesai | tepat waktu | % tepat waktu (typed) | porsi (%) with TOTAL; per jenis perkara perkara | menang | kalah | proses with Jumlah",
  );
  const S = "Harmonisasi & Bankum 2024";
  const s = b.sheet(S);
  letterhead(s, ["BAGIAN HUKUM SEKRETARIAT DAERAH KOTA TANJUNG RAWAI"]);
  s.lines(["Rekap Harmonisasi Rancangan Produk Hukum dan Bantuan Hukum Tahun 2024"]);
  s.gap();
  const U = [
    { id: "u1", pd: "Badan Pendapatan Daerah", aj: 14, sl: 12, tw: 10 },
    { id: "u2", pd: "Dinas Lingkungan Hidup", aj: 9, sl: 9, tw: 8 },
    { id: "u3", pd: "Dinas Perhubungan", aj: 11, sl: 10, tw: 9 },
    { id: "u4", pd: "Satpol PP dan Damkar", aj: 7, sl: 6, tw: 6 },
    { id: "u5", pd: "Bagian Tata Pemerintahan", aj: 23, sl: 21, tw: 15 },
  ];
  const SA = sum(U.map((u) => u.aj));
  const SS = sum(U.map((u) => u.sl));
  const ST = sum(U.map((u) => u.tw));
  const pct = (x: number, y: number) => Math.round((x / y) * 10000) / 100;
  const top = s.r;
  const lt = s.table(
    {
      cols: [
        { key: "pd", head: ["Perangkat Daerah Pemrakarsa"], width: 30 },
        { key: "aj", head: ["Rancangan", "Diajukan"], role: "target", year: 2024, fmt: INT },
        { key: "sl", head: ["Rancangan", "Selesai"], role: "realisasi", year: 2024, fmt: INT },
        { key: "tw", head: ["Rancangan", "Tepat Waktu"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Tepat Waktu (tepat / selesai)"], role: "capaian", year: 2024, fmt: DEC },
        { key: "ps", head: ["Porsi Pengajuan (%)"], role: "lainnya", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...U.map((u): Row => ({
          id: u.id,
          // planted: Dinas Lingkungan Hidup typed 112.50 (selesai / tepat) instead of 88.89
          cells: {
            pd: u.pd,
            aj: u.aj,
            sl: u.sl,
            tw: u.tw,
            p: u.id === "u2" ? 112.5 : pct(u.tw, u.sl),
            ps: pct(u.aj, SA),
          },
        })),
        { id: "tot", bold: true, cells: { pd: "TOTAL", aj: SA, sl: SS, tw: ST, p: pct(ST, SS), ps: 100 } },
      ],
    },
    1,
    top,
  );
  const K = [
    { id: "j1", jn: "Perdata", n: 6, m: 3, k: 1, pr: 2 },
    { id: "j2", jn: "Tata Usaha Negara", n: 9, m: 5, k: 2, pr: 2 },
    { id: "j3", jn: "Pidana (pendampingan ASN)", n: 3, m: 1, k: 0, pr: 2 },
    { id: "j4", jn: "Uji materiil / keberatan perda", n: 2, m: 1, k: 1, pr: 0 },
  ];
  const rt = s.table(
    {
      cols: [
        { key: "jn", head: ["Jenis Perkara"], width: 26 },
        { key: "n", head: ["Jumlah Perkara"], role: "realisasi", year: 2024, fmt: INT },
        { key: "m", head: ["Status", "Menang"], role: "realisasi", year: 2024, fmt: INT },
        { key: "k", head: ["Status", "Kalah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pr", head: ["Status", "Proses"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...K.map((x): Row => ({ id: x.id, cells: { jn: x.jn, n: x.n, m: x.m, k: x.k, pr: x.pr } })),
        {
          id: "jm",
          bold: true,
          cells: (c) => {
            const out: Record<string, string | ReturnType<typeof fx>> = { jn: "Jumlah" };
            // planted: the Jumlah Perkara SUM stops one row short
            for (const k of ["n", "m", "k", "pr"])
              out[k] = fx(`SUM(${c.a(k, "j1")}:${c.a(k, k === "n" ? "j3" : "j4")})`);
            return out;
          },
        },
      ],
    },
    lt.right + 2,
    top,
  );
  s.gap();
  s.lines(["Catatan: porsi dihitung terhadap total rancangan yang diajukan."]);
  const a = (k: string, id: string) => lt.a(k, id);
  const ids = U.map((u) => u.id);
  b.plant({
    at: { sheet: S, cell: a("p", "u2") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Dinas Lingkungan Hidup % tepat waktu typed 112.50 (selesai / tepat); 8 / 9 x 100 = 88.89 and it cannot pass 100",
    truth: `ROUND(${a("tw", "u2")}/${a("sl", "u2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: rt.a("n", "jm") },
    rules: ["sum-mismatch"],
    note: "Jumlah Perkara =SUM over three jenis (18); with uji materiil it is 20",
    truth: K.map((x) => rt.a("n", x.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("tw", "tot")}/${a("sl", "tot")}*100,2)`,
    trap: `ROUND((${ids.map((i) => `${a("tw", i)}/${a("sl", i)}`).join("+")})/5*100,2)`,
  });
  for (const k of ["aj", "sl", "tw"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: ids.map((i) => a(k, i)).join("+") });
  b.ok({ sheet: S, cell: a("ps", "tot"), rules: ["sum-mismatch"], truth: "100", trap: `${a("aj", "tot")}` });
  for (const i of ["u1", "u5"])
    b.ok({
      sheet: S,
      cell: a("p", i),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tw", i)}/${a("sl", i)}*100,2)`,
    });
  for (const k of ["m", "k", "pr"])
    b.ok({
      sheet: S,
      cell: rt.a(k, "jm"),
      rules: ["sum-mismatch"],
      truth: K.map((x) => rt.a(k, x.id)).join("+"),
    });
  return b.finish();
}

function sum(xs: number[]): number {
  return xs.reduce((x, y) => x + y, 0);
}
