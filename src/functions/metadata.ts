// functions.json, the custom functions' metadata Excel reads, made from the definitions: what
// custom-functions-metadata-plugin used to derive from JSDoc. A parameter's kind decides its
// type ("pilihan" is a string; everything else any) and whether Excel passes a range
// ("per-sel", "deret", "skala": matrix); a function with an element-wise parameter spills
// (result matrix). The build emits it (webpack.config.js); test/functions/metadata.test.ts
// checks it against the bindings.
import type { JenisParameter } from "../core/formulas";
import type { Definisi } from "./definisi";

type Param = {
  description: string;
  dimensionality?: "matrix";
  name: string;
  optional?: true;
  type: "any" | "string";
};
export type FunctionMeta = {
  description: string;
  helpUrl: string;
  id: string;
  name: string;
  parameters: Param[];
  result: { dimensionality?: "matrix" };
};
export type FunctionsJson = { allowCustomDataForDataTypeAny: true; functions: FunctionMeta[] };

export const MATRIKS: Readonly<Record<JenisParameter, boolean>> = {
  "per-sel": true,
  deret: true,
  skala: true,
  nilai: false,
  pilihan: false,
};

/** `helpBase`: where help.html is served ("https://localhost:3000/"; the build rewrites it). */
export function functionsJson(defs: readonly Definisi[], helpBase: string): FunctionsJson {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: defs.map((d) => ({
      description: d.doc.excel,
      helpUrl: `${helpBase}help.html#${d.nama.toLowerCase()}`,
      id: d.nama,
      name: d.nama,
      parameters: d.parameter.map((p) => ({
        description: p.id,
        ...(MATRIKS[p.jenis] ? { dimensionality: "matrix" as const } : {}),
        name: p.nama,
        ...(p.opsional ? { optional: true as const } : {}),
        type: p.jenis === "pilihan" ? ("string" as const) : ("any" as const),
      })),
      result: d.parameter.some((p) => p.jenis === "per-sel") ? { dimensionality: "matrix" as const } : {},
    })),
  };
}
