// The IKU.* custom functions as Excel calls them, bound from the definitions (./definitions):
// each parameter is read by its kind (definisi.ts, core/formulas JenisParameter): "per-sel"
// ranges are mapped cell by cell onto the calculation and spill, a "deret" range is read as a
// run of values, a "skala" is a name or a table, "nilai" and "pilihan" pass as they are; errors
// become CustomFunctions.Error. functions.json says the same to Excel (metadata.ts), and the
// bundle associates every function with its id when it loads.
import type { Definisi } from "./definisi";
import { DEFINISI } from "./definitions";
import { ExcelError, ExcelValue } from "./excelValue";
import type { NamaFungsi } from "./fungsi";
import { asMatrix, flatten, mapCells } from "./matrix";

type Out = number | string | CustomFunctions.Error;

// Only #VALUE! and #N/A may carry a message in Excel; the others keep their plain code.
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);

function toExcel(v: ExcelValue): Out {
  if (!(v instanceof ExcelError)) return v;
  const code = v.code as CustomFunctions.ErrorCode;
  return WITH_MESSAGE.has(v.code)
    ? new CustomFunctions.Error(code, v.message)
    : new CustomFunctions.Error(code);
}

/** A scale argument: a 1x1 range is its one value (a name), anything larger a table. */
function skala(x: unknown): unknown {
  if (x === undefined || x === null) return undefined;
  const s = asMatrix(x);
  return s.length === 1 && s[0].length === 1 ? s[0][0] : s;
}

/** What Excel calls for a definition: arguments as Excel passes them, results as Excel takes them. */
export function ikat(d: Definisi): (...args: unknown[]) => Out | Out[][] {
  const hitung = d.hitung as (...args: unknown[]) => ExcelValue;
  const perSel = d.parameter.flatMap((p, i) => (p.jenis === "per-sel" ? [i] : []));
  const baca = (x: unknown, i: number): unknown => {
    const j = d.parameter[i]?.jenis;
    return j === "deret" ? flatten(x) : j === "skala" ? skala(x) : x;
  };
  if (!perSel.length) return (...args) => toExcel(hitung(...args.map(baca)));
  return (...args) => {
    const tetap = args.map(baca);
    const out = mapCells(
      perSel.map((i) => args[i]),
      (...sel) => {
        const semua = tetap.slice();
        perSel.forEach((i, k) => (semua[i] = sel[k]));
        return hitung(...semua);
      },
    );
    return out.map((row) => row.map(toExcel));
  };
}

/** The bindings by function id, as associated with Excel. */
export const IKATAN = Object.fromEntries(DEFINISI.map((d) => [d.nama, ikat(d)])) as Record<
  NamaFungsi,
  (...args: unknown[]) => Out | Out[][]
>;

for (const [id, f] of Object.entries(IKATAN)) CustomFunctions.associate(id, f);
