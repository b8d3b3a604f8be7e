// The PK with its Renstra, the recap of korban terdampak dilayani per kecamatan and the logistik /
// EWS recap of two BPBD (Kabupaten Tanah Lingga, Jambi; Kota Sungai Rawa, Kalimantan Selatan).
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** PK 2025 of the Kepala Pelaksana BPBD Kota Sungai Rawa, beside the Renstra 2025-2029 targets. */
export function pkBpbd(): BookW {
  const b = new BookW(
    "pk-2025-kalak-bpbd-sungai-rawa.xlsx",
    "PK 2025 with Renstra (BPBD)",
    "sheet 'Lampiran PK 2025': statement, No | Sasaran (merged) | Indikator | Target (value and satuan in two columns); No | Program | Anggaran (Rp) | Ket. with a SUM Jumlah; sheet 'IKU Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const P = "Lampiran PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Indeks Risiko Bencana Kota",
      sat: "indeks",
      awal: 151.3,
      k: [147, 143.2, 139.5, 136, 132.4],
      flow: false,
    },
    {
      id: "b",
      ind: "Persentase kelurahan tangguh bencana",
      sat: "%",
      awal: 28,
      k: [33, 38, 44, 50, 56],
      flow: false,
    },
    {
      id: "c",
      ind: "Rata-rata waktu tanggap darurat bencana",
      sat: "jam",
      awal: 8,
      k: [7.5, 7, 6.5, 6, 5.5],
      flow: false,
    },
    { id: "d", ind: "Jumlah unit EWS yang terpasang", sat: "unit", awal: 3, k: [4, 4, 5, 5, 6], flow: true },
  ];
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra BPBD Kota Sungai Rawa 2025-2029"]);
  rs.gap();
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No."], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...yrs.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(yrs.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.flow ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA PELAKSANA BPBD KOTA SUNGAI RAWA"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam Renstra.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target 2025", "Nilai"], role: "target", year: 2025 },
      { key: "sat", head: ["Target 2025", "Satuan"], role: "satuan" },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          x.id === "a" || x.id === "b"
            ? "Menurunnya risiko bencana"
            : "Meningkatnya kesiapsiagaan dan respon darurat",
        ind: x.ind,
        // planted: waktu tanggap target is the Renstra 2026 value 7 (2025: 7.5)
        tg: x.id === "c" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_126_780_000 },
    { id: "p2", nm: "Program Penanggulangan Bencana", rp: 6_905_450_000 },
  ];
  const gt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran 2025 (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD" } })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        // planted: stale cached result from before the Perubahan (10,831,230,000)
        cells: (c) => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p2")})`, 10_831_230_000),
        }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Sungai Rawa, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA PELAKSANA BPBD"],
    nama: "Drs. MUHAMMAD RIDHANI, M.AP.",
    nip: "19720811 199803 1 005",
  });
  const rr = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of waktu tanggap is 7 jam, the Renstra 2026 target; the Renstra 2025 target is 7.5",
    truth: rr("y2025", "c"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM(...) caches 10,831,230,000; the two programs add up to 11,032,230,000",
    truth: `${gt.a("rp", "p1")}+${gt.a("rp", "p2")}`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: rr("y2025", id) });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yrs.map((y) => rt.a(`y${y}`, "d")).join("+"),
    trap: rt.a("y2029", "d"),
  });
  return b.finish();
}

/** Recap of bencana and korban terdampak dilayani per kecamatan, BPBD Kabupaten Tanah Lingga 2024. */
export function rekapKorban(): BookW {
  const b = new BookW(
    "rekap-korban-terdampak-dilayani-per-kecamatan-tanah-lingga.xlsx",
    "Rekap korban terdampak dilayani (BPBD)",
    "per kecamatan: kejadian | jiwa terdampak | dilayani di pengungsian | di tempat | (7)=(5)+(6) | (8)=(7)/(4)x100 | (9)=(7)/(3) jiwa per kejadian; JUMLAH row with ratios of totals",
  );
  const S = "Rekap Korban 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN TANAH LINGGA"]);
  s.lines([
    "REKAPITULASI KEJADIAN BENCANA DAN PELAYANAN KORBAN TERDAMPAK PER KECAMATAN",
    "Tahun 2024 (banjir, tanah longsor, kebakaran hutan dan lahan, angin puting beliung)",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Muara Lingga", kej: 14, tdp: 2_460, ung: 1_380, tmp: 1_012 },
    { id: "k2", nm: "Lingga Ulu", kej: 9, tdp: 1_125, ung: 610, tmp: 488 },
    { id: "k3", nm: "Batang Asai Hilir", kej: 17, tdp: 3_870, ung: 2_245, tmp: 1_402 },
    { id: "k4", nm: "Sungai Tenang", kej: 6, tdp: 412, ung: 120, tmp: 150 },
    { id: "k5", nm: "Renah Pauh", kej: 11, tdp: 1_934, ung: 874, tmp: 905 },
    { id: "k6", nm: "Tanjung Serumpun", kej: 4, tdp: 286, ung: 0, tmp: 286 },
    { id: "k7", nm: "Pulau Rengas", kej: 8, tdp: 1_048, ung: 533, tmp: 471 },
  ];
  const DL = "Korban Terdampak yang Dilayani (jiwa)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 22 },
    { key: "kej", head: ["Jumlah Kejadian Bencana"], role: "lainnya", num: "(3)", fmt: INT },
    { key: "tdp", head: ["Jiwa Terdampak"], role: "lainnya", num: "(4)", fmt: INT },
    { key: "ung", head: [DL, "Di Pengungsian"], role: "realisasi", num: "(5)", fmt: INT },
    { key: "tmp", head: [DL, "Di Tempat / Huntara"], role: "realisasi", num: "(6)", fmt: INT },
    { key: "jml", head: [DL, "Jumlah"], role: "realisasi", num: "(7) = (5)+(6)", fmt: INT },
    { key: "pct", head: ["Persentase Dilayani (%)"], role: "capaian", num: "(8) = (7)/(4) x 100", fmt: DEC },
    {
      key: "per",
      head: ["Rata-rata Jiwa Dilayani per Kejadian"],
      role: "lainnya",
      num: "(9) = (7)/(3)",
      fmt: DEC,
    },
  ];
  const rows: Row[] = K.map((k, i) => ({
    id: k.id,
    cells: (c) => ({
      no: i + 1,
      nm: k.nm,
      kej: k.kej,
      tdp: k.tdp,
      ung: k.ung,
      tmp: k.tmp,
      jml: fx(`${c.a("ung")}+${c.a("tmp")}`),
      // planted: Renah Pauh % caches 82.47 (left over from an earlier draft); the formula gives 91.99
      pct: fx(`ROUND(${c.a("jml")}/${c.a("tdp")}*100,2)`, k.id === "k5" ? 82.47 : undefined),
      per: fx(`ROUND(${c.a("jml")}/${c.a("kej")},2)`),
    }),
  }));
  const sumCol = (c: { a: (k: string, id?: string) => string }, k: string, last = "k7") =>
    fx(`SUM(${c.a(k, "k1")}:${c.a(k, last)})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          // planted: SUM stops one row short (leaves out Pulau Rengas)
          kej: sumCol(c, "kej", "k6"),
          tdp: sumCol(c, "tdp"),
          ung: sumCol(c, "ung"),
          tmp: sumCol(c, "tmp"),
          jml: sumCol(c, "jml"),
          pct: fx(`ROUND(${c.a("jml")}/${c.a("tdp")}*100,2)`),
          per: fx(`ROUND(${c.a("jml")}/${c.a("kej")},2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan kaji cepat (TRC) dan posko tanggap darurat BPBD, diolah."]);
  s.gap();
  signature(s, 7, {
    tempat: "Muara Lingga, 10 Januari 2025",
    jabatan: ["Kepala Bidang Kedaruratan dan Logistik"],
    nama: "YULIA FITRIANI, S.Sos.",
    nip: "19850207 200901 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("kej", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH kejadian =SUM over six kecamatan (61); with Pulau Rengas the total is 69",
    truth: ids.map((id) => a("kej", id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k5") },
    rules: ["capaian-mismatch"],
    note: "Renah Pauh persentase dilayani caches 82.47; (7)/(4) x 100 = 1,779 / 1,934 x 100 = 91.99",
    truth: `ROUND(${a("jml", "k5")}/${a("tdp", "k5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("tdp", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "k1")}:${a("pct", "k7")}),2)`,
  });
  for (const k of ["tdp", "ung", "tmp", "jml"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k3", "k6"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: `${a("ung", id)}+${a("tmp", id)}` });
  for (const id of ["k1", "k2", "k7"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("tdp", id)}*100,2)`,
    });
  // Tanjung Serumpun serves all its 286 jiwa at home: exactly 100, not out of range
  b.ok({ sheet: S, cell: a("pct", "k6"), rules: ["percent-out-of-range"], truth: "100" });
  return b.finish();
}

/** Logistik buffer stock and EWS per kecamatan, BPBD Kota Sungai Rawa 2024: two tables side by side. */
export function logistikEws(): BookW {
  const b = new BookW(
    "logistik-buffer-stock-dan-ews-bpbd-sungai-rawa-2024.xlsx",
    "Rekap logistik dan EWS (BPBD)",
    "two tables side by side: stok logistik (6) = (3)+(4)-(5), (8) = (6)/(7) x 100 pemenuhan buffer; EWS per kecamatan per triwulan with Jumlah, berfungsi, % berfungsi and a TOTAL row",
  );
  const S = "Logistik dan EWS 2024";
  const s = b.sheet(S);
  letterhead(s, ["BPBD KOTA SUNGAI RAWA", "Bidang Kedaruratan dan Logistik"]);
  s.lines(["Rekapitulasi Persediaan Logistik (Buffer Stock) dan Early Warning System Tahun 2024"]);
  s.gap();
  const top = s.r;
  const L = [
    { id: "l1", nm: "Beras", sat: "kg", awal: 4_500, in: 12_000, out: 10_850, min: 5_000 },
    { id: "l2", nm: "Makanan siap saji", sat: "paket", awal: 820, in: 2_400, out: 2_615, min: 750 },
    { id: "l3", nm: "Selimut", sat: "lembar", awal: 640, in: 1_000, out: 1_210, min: 600 },
    { id: "l4", nm: "Tenda keluarga", sat: "unit", awal: 35, in: 20, out: 18, min: 40 },
    { id: "l5", nm: "Family kit", sat: "paket", awal: 410, in: 600, out: 755, min: 300 },
    { id: "l6", nm: "Perahu karet", sat: "unit", awal: 6, in: 2, out: 0, min: 8 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "nm", head: ["Jenis Logistik"], role: "indikator", num: "(2)", width: 20 },
        { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
        {
          key: "awal",
          head: ["Stok 1 Januari 2024"],
          role: "kondisi-awal",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        { key: "in", head: ["Mutasi 2024", "Penerimaan"], role: "lainnya", num: "(4)", fmt: INT },
        { key: "out", head: ["Mutasi 2024", "Penyaluran"], role: "lainnya", num: "(5)", fmt: INT },
        {
          key: "akhir",
          head: ["Stok 31 Desember 2024"],
          role: "kondisi-akhir",
          year: 2024,
          num: "(6) = (3)+(4)-(5)",
          fmt: INT,
        },
        { key: "min", head: ["Buffer Stock Minimum"], role: "target", num: "(7)", fmt: INT },
        { key: "pb", head: ["Pemenuhan Buffer (%)"], role: "capaian", num: "(8) = (6)/(7) x 100", fmt: DEC },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: L.map((x, i) => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          sat: x.sat,
          awal: x.awal,
          in: x.in,
          out: x.out,
          // planted: the selimut stock typed 530 (the penyaluran of an earlier draft); 640+1000-1210 = 430
          akhir: x.id === "l3" ? 530 : fx(`${c.a("awal")}+${c.a("in")}-${c.a("out")}`),
          min: x.min,
          pb: fx(`ROUND(${c.a("akhir")}/${c.a("min")}*100,2)`),
        }),
      })),
    },
    1,
    top,
  );
  const E = [
    { id: "e1", nm: "Rawa Hulu", q: [1, 0, 2, 1], ok: 4 },
    { id: "e2", nm: "Sungai Rawa Kota", q: [0, 1, 1, 0], ok: 2 },
    { id: "e3", nm: "Banua Anyar", q: [2, 1, 0, 1], ok: 3 },
    { id: "e4", nm: "Alalak Selatan", q: [0, 0, 1, 1], ok: 2 },
    { id: "e5", nm: "Kelayan Timur", q: [1, 2, 1, 0], ok: 3 },
  ];
  const Q = ["q1", "q2", "q3", "q4"];
  const right = lt.right + 2;
  const EG = "EWS Terpasang per Triwulan (unit)";
  const et = s.table(
    {
      cols: [
        { key: "nm", head: ["Kecamatan"], role: "lokasi", width: 18 },
        ...Q.map((k, i): Col => ({
          key: k,
          head: [EG, `TW ${["I", "II", "III", "IV"][i]}`],
          role: "realisasi",
          year: 2024,
        })),
        { key: "jml", head: ["Jumlah EWS Terpasang 2024"], role: "realisasi", year: 2024 },
        { key: "ok", head: ["EWS Berfungsi (unit)"], role: "realisasi", year: 2024 },
        { key: "pct", head: ["EWS Berfungsi (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...E.map((x): Row => ({
          id: x.id,
          cells: (c) => {
            const out: Record<string, Cell> = { nm: x.nm, ok: x.ok };
            Q.forEach((k, i) => (out[k] = x.q[i]));
            out.jml = fx(`SUM(${c.a("q1")}:${c.a("q4")})`);
            // planted: Kelayan Timur % typed 133.33 (4/3 the wrong way round); 3/4 x 100 = 75.00
            out.pct = x.id === "e5" ? 133.33 : fx(`ROUND(${c.a("ok")}/${c.a("jml")}*100,2)`);
            return out;
          },
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => {
            const out: Record<string, Cell> = { nm: "TOTAL" };
            for (const k of [...Q, "jml", "ok"]) out[k] = fx(`SUM(${c.a(k, "e1")}:${c.a(k, "e5")})`);
            out.pct = fx(`ROUND(${c.a("ok")}/${c.a("jml")}*100,2)`);
            return out;
          },
        },
      ],
    },
    right,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: stok akhir = stok awal + penerimaan - penyaluran; EWS berfungsi per hasil uji Desember 2024.",
  ]);
  s.gap();
  signature(s, 4, {
    tempat: "Sungai Rawa, 8 Januari 2025",
    jabatan: ["Kepala Seksi Logistik"],
    nama: "RAHMAT HIDAYAT NOOR, S.E.",
    nip: "19880915 201101 1 002",
  });
  const la = (k: string, id: string) => lt.a(k, id);
  const ea = (k: string, id: string) => et.a(k, id);
  const stok = (id: string) => `${la("awal", id)}+${la("in", id)}-${la("out", id)}`;
  b.plant({
    at: { sheet: S, cell: la("akhir", "l3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Stok 31 Desember of selimut typed 530 in a column of formulas; 640 + 1,000 - 1,210 = 430",
    truth: stok("l3"),
  });
  b.plant({
    at: { sheet: S, cell: ea("pct", "e5") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "EWS berfungsi % of Kelayan Timur typed 133.33 (more working than installed is impossible); 3 / 4 x 100 = 75.00",
    truth: `ROUND(${ea("ok", "e5")}/${ea("jml", "e5")}*100,2)`,
  });
  for (const id of ["l1", "l2", "l5"])
    b.ok({
      sheet: S,
      cell: la("akhir", id),
      rules: ["sum-mismatch"],
      truth: stok(id),
      trap: `${la("awal", id)}+${la("in", id)}+${la("out", id)}`,
    });
  for (const id of ["l4", "l6"])
    b.ok({
      sheet: S,
      cell: la("pb", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${la("akhir", id)}/${la("min", id)}*100,2)`,
    });
  // a buffer above its minimum is no error: beras stands at 113.00 %
  b.ok({
    sheet: S,
    cell: la("pb", "l1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${la("akhir", "l1")}/${la("min", "l1")}*100,2)`,
  });
  for (const id of ["e1", "e3"])
    b.ok({
      sheet: S,
      cell: ea("jml", id),
      rules: ["sum-mismatch"],
      truth: Q.map((k) => ea(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: ea("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: ["e1", "e2", "e3", "e4", "e5"].map((id) => ea("jml", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: ea("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ea("ok", "tot")}/${ea("jml", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${ea("pct", "e1")}:${ea("pct", "e4")}),2)`,
  });
  return b.finish();
}
