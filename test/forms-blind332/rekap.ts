// Two BPKAD recaps: realisasi belanja per OPD with realisasi PAD per triwulan beside it (Kota Batu
// Pelangan), and aset tetap per golongan with SP2D per triwulan below it (Kabupaten Lembah Sirantih).
// Every office, person and number is invented.
import { BookW, INT, RP, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

/** Realisasi APBD 2024 per OPD (left) and realisasi PAD per triwulan (right, one empty column between). */
export function rekapApbdOpd(): BookW {
  const b = new BookW(
    "rekap-realisasi-apbd-opd-batu-pelangan-332.xlsx",
    "Rekap realisasi belanja per OPD + PAD per triwulan (BPKAD)",
    "Realisasi belanja per OPD (No | OPD | Pagu | Realisasi | Sisa | Serapan %, number row '5 = 3 - 4', JUMLAH) beside realisasi PAD per jenis and triwulan (Target | Triwulan I-IV | s.d. TW IV | %), one empty column between",
  );
  const S = "Realisasi APBD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU PELANGAN", "BADAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "REKAPITULASI REALISASI APBD KOTA BATU PELANGAN TAHUN ANGGARAN 2024 (UNAUDITED)",
    "(dalam rupiah)",
  ]);
  s.gap();
  const top = s.r;
  const opd: Array<[string, number, number]> = [
    ["Dinas Pendidikan dan Kebudayaan", 412835600000, 389214070500],
    ["Dinas Kesehatan", 286410250000, 261877903200],
    ["Dinas Pekerjaan Umum dan Penataan Ruang", 198762400000, 171025118000],
    ["Sekretariat Daerah", 94318700000, 88406215350],
    ["Badan Keuangan dan Aset Daerah", 61204900000, 57118342600],
    ["Dinas Sosial", 28611300000, 26930884100],
    ["Badan Perencanaan, Riset dan Inovasi Daerah", 12905400000, 11622047800],
    ["Kecamatan Pelangan Barat", 7412600000, 7005338900],
  ];
  const PLANT = 5; // Dinas Sosial: serapan typed ten points high
  const typedSerapan = round((opd[PLANT][2] / opd[PLANT][1]) * 100 + 10, 2);
  const a = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
        { key: "opd", head: ["Perangkat Daerah"], num: "2", width: 40 },
        { key: "pagu", head: ["Pagu Belanja"], role: "anggaran", num: "3", fmt: RP, width: 20 },
        {
          key: "real",
          head: ["Realisasi Belanja"],
          role: "realisasi-anggaran",
          num: "4",
          fmt: RP,
          width: 20,
        },
        { key: "sisa", head: ["Sisa Anggaran"], num: "5 = 3 - 4", fmt: RP, width: 18 },
        { key: "pct", head: ["Serapan (%)"], role: "capaian", num: "6 = 4 / 3 x 100", fmt: "0.00" },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...opd.map(([n, pagu, real], i): Row => ({
          id: `o${i}`,
          cells: (x) => ({
            no: i + 1,
            opd: n,
            pagu,
            real,
            sisa: fx(`=${x.a("pagu")}-${x.a("real")}`),
            pct: i === PLANT ? typedSerapan : fx(`=ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "opd"],
          cells: (x) => ({
            no: "JUMLAH",
            pagu: fx(`=SUM(${x.a("pagu", "o0")}:${x.a("pagu", "o7")})`),
            real: fx(`=SUM(${x.a("real", "o0")}:${x.a("real", "o7")})`),
            sisa: fx(`=SUM(${x.a("sisa", "o0")}:${x.a("sisa", "o7")})`),
            pct: fx(`=ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const jenis: Array<[string, number, number[]]> = [
    ["Pajak Daerah", 142500000000, [28114250600, 35870412300, 38226905100, 44615330800]],
    ["Retribusi Daerah", 21750000000, [4102380500, 5318640200, 5477015900, 5902118400]],
    ["Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan", 9800000000, [0, 0, 9412760000, 0]],
    ["Lain-lain PAD yang Sah", 18300000000, [3911204700, 4480330100, 4706912400, 5380045600]],
  ];
  const TW = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const pb = s.table(
    {
      cols: [
        { key: "ur", head: ["Uraian Pendapatan Asli Daerah"], width: 34 },
        { key: "tg", head: ["Target APBD"], role: "anggaran", fmt: RP, width: 18 },
        ...TW.map((q, i): Col => ({
          key: `q${i}`,
          head: ["Realisasi", q],
          role: "realisasi-anggaran",
          fmt: RP,
          width: 18,
        })),
        {
          key: "sd",
          head: ["Realisasi", "s.d. Triwulan IV"],
          role: "realisasi-anggaran",
          fmt: RP,
          width: 18,
        },
        { key: "pct", head: ["% Realisasi"], role: "capaian", fmt: "0.00" },
      ],
      headerRows: 2,
      rows: [
        ...jenis.map(([n, tg, q], i): Row => ({
          id: `j${i}`,
          cells: (x) => ({
            ur: n,
            tg,
            ...Object.fromEntries(q.map((v, k) => [`q${k}`, v])),
            // Retribusi: the SUM stops at Triwulan III
            sd: fx(`=SUM(${x.a("q0")}:${x.a(i === 1 ? "q2" : "q3")})`),
            pct: fx(`=ROUND(${x.a("sd")}/${x.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "pad",
          bold: true,
          cells: (x) => ({
            ur: "JUMLAH PAD",
            ...Object.fromEntries(
              ["tg", "q0", "q1", "q2", "q3", "sd"].map((k) => [
                k,
                fx(`=SUM(${x.a(k, "j0")}:${x.a(k, "j3")})`),
              ]),
            ),
            pct: fx(`=ROUND(${x.a("sd")}/${x.a("tg")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  signature(s, 9, {
    tempat: "Batu Pelangan, 20 Februari 2025",
    jabatan: ["Kepala Badan Keuangan dan Aset Daerah", "selaku PPKD,"],
    nama: "LA ODE MUHAMMAD SYAFRUDDIN, S.STP., M.Si",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780405 199712 1 002",
  });
  b.plant({
    at: { sheet: S, cell: a.a("pct", `o${PLANT}`) },
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${a.a("real", `o${PLANT}`)}/${a.a("pagu", `o${PLANT}`)}*100,2)`,
    note: `Serapan Dinas Sosial typed ${typedSerapan} (over 100 %) while realisasi / pagu = 94.13`,
  });
  b.plant({
    at: { sheet: S, cell: pb.a("sd", "j1") },
    rules: ["sum-mismatch"],
    truth: TW.map((_, k) => pb.a(`q${k}`, "j1")).join("+"),
    note: "Retribusi s.d. Triwulan IV is =SUM(Triwulan I:III); Triwulan IV 5,902,118,400 is left out",
  });
  const opdRows = opd.map((_, i) => `o${i}`).filter((_, i) => i !== PLANT);
  b.ok({
    sheet: S,
    cell: a.a("pct", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a.a("real", "jml")}/${a.a("pagu", "jml")}*100,2)`,
    trap: `AVERAGE(${a.a("pct", "o0")}:${a.a("pct", "o7")})`,
  });
  for (const id of ["o0", "o2", "o7"])
    b.ok({
      sheet: S,
      cell: a.a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a.a("real", id)}/${a.a("pagu", id)}*100,2)`,
    });
  for (const k of ["pagu", "real", "sisa"])
    b.ok({
      sheet: S,
      cell: a.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a.a(k, "o0")}:${a.a(k, "o7")})`,
    });
  b.ok({
    sheet: S,
    cell: a.a("sisa", opdRows[3]),
    rules: ["sum-mismatch"],
    truth: `${a.a("pagu", opdRows[3])}-${a.a("real", opdRows[3])}`,
  });
  // realisasi PAD above its target is allowed
  b.ok({
    sheet: S,
    cell: pb.a("pct", "j0"),
    rules: ["percent-out-of-range", "serapan-over-100", "capaian-mismatch"],
    truth: `ROUND(${pb.a("sd", "j0")}/${pb.a("tg", "j0")}*100,2)`,
    trap: "100",
  });
  for (const id of ["j0", "j2", "j3"])
    b.ok({
      sheet: S,
      cell: pb.a("sd", id),
      rules: ["sum-mismatch"],
      truth: TW.map((_, k) => pb.a(`q${k}`, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: pb.a("tg", "pad"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pb.a("tg", "j0")}:${pb.a("tg", "j3")})`,
  });
  b.ok({
    sheet: S,
    cell: pb.a("q3", "pad"),
    rules: ["sum-mismatch"],
    truth: `SUM(${pb.a("q3", "j0")}:${pb.a("q3", "j3")})`,
  });
  return b.finish();
}

/** Aset tetap per golongan (saldo awal + tambah - kurang) and, below, SP2D per triwulan. */
export function rekapAsetSp2d(): BookW {
  const b = new BookW(
    "rekap-aset-sp2d-lembah-sirantih-332.xlsx",
    "Rekap aset tetap per golongan + SP2D per triwulan (BPKAD)",
    "Mutasi aset tetap per golongan (no No column, Kode | Golongan | Saldo 31-12-2023 | Mutasi 2024 > Tambah / Kurang | Saldo 31-12-2024 | Proporsi %) and below it SP2D per triwulan (lembar LS / UP-GU / TU, jumlah, nilai, porsi %)",
  );
  const S = "Aset dan SP2D 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SIRANTIH",
    "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH",
    "Bidang Aset",
  ]);
  s.lines(["Lampiran II. Rekapitulasi Mutasi Aset Tetap per Golongan Tahun Anggaran 2024"]);
  s.gap();
  const gol: Array<[string, string, number, number, number]> = [
    ["1.3.1", "Tanah", 612480350000, 8915400000, 0],
    ["1.3.2", "Peralatan dan Mesin", 287116904250, 24308615400, 6912440300],
    ["1.3.3", "Gedung dan Bangunan", 745390118600, 41806223900, 2115600000],
    ["1.3.4", "Jalan, Irigasi dan Jaringan", 1318604775900, 96412880350, 0],
    ["1.3.5", "Aset Tetap Lainnya", 38204615100, 2116340000, 1415000000],
    ["1.3.6", "Konstruksi Dalam Pengerjaan", 54911200000, 31620400000, 48106300000],
  ];
  const a = s.table({
    cols: [
      { key: "kode", head: ["Kode Rekening"], role: "kode" },
      { key: "gol", head: ["Golongan Aset Tetap"], width: 30 },
      { key: "aw", head: ["Saldo per 31 Desember 2023"], fmt: RP, width: 20 },
      { key: "tb", head: ["Mutasi Tahun 2024", "Tambah"], fmt: RP, width: 18 },
      { key: "kr", head: ["Mutasi Tahun 2024", "Kurang"], fmt: RP, width: 18 },
      { key: "ak", head: ["Saldo per 31 Desember 2024"], fmt: RP, width: 20 },
      { key: "pr", head: ["Proporsi (%)"], fmt: "0.00" },
    ],
    headerRows: 2,
    rows: [
      ...gol.map(([k, n, aw, tb, kr], i): Row => ({
        id: `g${i}`,
        cells: (x) => ({
          kode: k,
          gol: n,
          aw,
          tb,
          kr,
          // typed for the first three golongan, a formula for the rest
          ak: i < 3 ? aw + tb - kr : fx(`=${x.a("aw")}+${x.a("tb")}-${x.a("kr")}`),
          pr: fx(`=ROUND(${x.a("ak")}/${x.a("ak", "jml")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "gol"],
        cells: (x) => ({
          kode: "Jumlah",
          aw: fx(`=SUM(${x.a("aw", "g0")}:${x.a("aw", "g4")})`),
          tb: fx(`=SUM(${x.a("tb", "g0")}:${x.a("tb", "g5")})`),
          kr: fx(`=SUM(${x.a("kr", "g0")}:${x.a("kr", "g5")})`),
          ak: fx(`=SUM(${x.a("ak", "g0")}:${x.a("ak", "g5")})`),
          pr: fx(`=SUM(${x.a("pr", "g0")}:${x.a("pr", "g5")})`),
        }),
      },
    ],
  });
  s.gap(2);
  s.lines(["Lampiran III. Rekapitulasi Penerbitan SP2D per Triwulan Tahun Anggaran 2024"]);
  s.gap();
  const sp: Array<[string, number, number, number, number]> = [
    ["Triwulan I", 412, 286, 14, 98412305700],
    ["Triwulan II", 655, 341, 22, 214870116400],
    ["Triwulan III", 731, 318, 19, 246118903250],
    ["Triwulan IV", 1106, 402, 31, 402660215900],
  ];
  const G = "Jumlah SP2D Diterbitkan (lembar)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)" },
      { key: "ls", head: [G, "LS"], num: "(2)", fmt: INT },
      { key: "gu", head: [G, "UP/GU"], num: "(3)", fmt: INT },
      { key: "tu", head: [G, "TU"], num: "(4)", fmt: INT },
      { key: "jl", head: [G, "Jumlah"], num: "(5)=(2)+(3)+(4)", fmt: INT },
      { key: "nl", head: ["Nilai SP2D (Rp)"], role: "realisasi-anggaran", num: "(6)", fmt: RP, width: 20 },
      { key: "po", head: ["Porsi Nilai (%)"], num: "(7)", fmt: "0.00" },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "repeat",
    rows: [
      ...sp.map(([n, ls, gu, tu, nl], i): Row => ({
        id: `t${i}`,
        cells: (x) => {
          const f = `=ROUND(${x.a("nl")}/${x.a("nl", "jml")}*100,2)`;
          return {
            tw: n,
            ls,
            gu,
            tu,
            jl: fx(`=${x.a("ls")}+${x.a("gu")}+${x.a("tu")}`),
            nl,
            po: i === 1 ? fx(f, 22.87) : fx(f),
          };
        },
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({
          tw: "Jumlah",
          ...Object.fromEntries(
            ["ls", "gu", "tu", "jl", "nl", "po"].map((k) => [k, fx(`=SUM(${x.a(k, "t0")}:${x.a(k, "t3")})`)]),
          ),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 6, {
    tempat: "Lembah Sirantih, 28 Januari 2025",
    jabatan: ["Kepala Bidang Aset,"],
    nama: "YULISMAN, S.E., Ak.",
    nip: "19810917 200604 1 011",
  });
  b.plant({
    at: { sheet: S, cell: a.a("aw", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a.a("aw", "g0")}:${a.a("aw", "g5")})`,
    note: "Jumlah saldo 31-12-2023 =SUM over 1.3.1-1.3.5; Konstruksi Dalam Pengerjaan (54,911,200,000) is left out",
  });
  b.plant({
    at: { sheet: S, cell: t.a("po", "t1") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${t.a("nl", "t1")}/${t.a("nl", "jml")}*100,2)`,
    note: "Porsi Triwulan II has a stale cached 22.87; 214,870,116,400 / 962,061,541,250 gives 22.33",
  });
  for (const id of ["g1", "g5"])
    b.ok({
      sheet: S,
      cell: a.a("ak", id),
      rules: ["sum-mismatch"],
      truth: `${a.a("aw", id)}+${a.a("tb", id)}-${a.a("kr", id)}`,
      trap: `${a.a("aw", id)}+${a.a("tb", id)}`,
    });
  for (const id of ["g0", "g3"])
    b.ok({
      sheet: S,
      cell: a.a("ak", id),
      rules: ["sum-mismatch"],
      truth: `${a.a("aw", id)}+${a.a("tb", id)}-${a.a("kr", id)}`,
    });
  for (const k of ["tb", "kr", "ak"])
    b.ok({
      sheet: S,
      cell: a.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a.a(k, "g0")}:${a.a(k, "g5")})`,
    });
  b.ok({
    sheet: S,
    cell: a.a("pr", "g3"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a.a("ak", "g3")}/${a.a("ak", "jml")}*100,2)`,
  });
  for (const id of ["t0", "t3"]) {
    b.ok({
      sheet: S,
      cell: t.a("jl", id),
      rules: ["sum-mismatch"],
      truth: `${t.a("ls", id)}+${t.a("gu", id)}+${t.a("tu", id)}`,
    });
    b.ok({
      sheet: S,
      cell: t.a("po", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${t.a("nl", id)}/${t.a("nl", "jml")}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: t.a("nl", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("nl", "t0")}:${t.a("nl", "t3")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("jl", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t.a("jl", "t0")}:${t.a("jl", "t3")})`,
  });
  return b.finish();
}
