// A restricted mathjs for formula text ("(1.1 / 1.2) x 100%"): built from the factory functions
// of the few operations it needs (not the whole library), with the functions that could change
// the instance or evaluate further text disabled, as mathjs's own security notes advise.
import {
  addDependencies,
  create,
  divideDependencies,
  evaluateDependencies,
  multiplyDependencies,
  powDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} from "mathjs";

const math = create(
  {
    evaluateDependencies,
    addDependencies,
    subtractDependencies,
    multiplyDependencies,
    divideDependencies,
    powDependencies,
    unaryMinusDependencies,
    unaryPlusDependencies,
  },
  { number: "number" },
);

// Keep our own reference, then disable what an expression must never reach.
const evaluateTerbatas = math.evaluate;

function disabled(name: string): () => never {
  return () => {
    throw new Error(`Fungsi ${name} dinonaktifkan / function ${name} is disabled`);
  };
}

math.import(
  {
    import: disabled("import"),
    createUnit: disabled("createUnit"),
    evaluate: disabled("evaluate"),
    parse: disabled("parse"),
    compile: disabled("compile"),
    simplify: disabled("simplify"),
    derivative: disabled("derivative"),
    resolve: disabled("resolve"),
    reviver: disabled("reviver"),
  },
  { override: true },
);

/** Evaluates an arithmetic expression over the given variables; throws on anything else. */
export function hitung(expr: string, scope: Record<string, number>): number {
  const v: unknown = evaluateTerbatas(expr, { ...scope });
  if (typeof v !== "number") throw new Error("bukan angka / not a number");
  return v;
}
