// A restricted mathjs for formula text ("(1.1 / 1.2) x 100%"): built from the factory functions
// of the few operations it needs (not the whole library), with the functions that could change
// the instance or evaluate further text disabled, as mathjs's own security notes advise.
import { pabrikMathjs } from "./pabrikMathjs";

function disabled(name: string): () => never {
  return () => {
    throw new Error(`Fungsi ${name} dinonaktifkan / function ${name} is disabled`);
  };
}

/** The restricted instance's evaluate, built on first use (see ./pabrikMathjs). */
function buatEvaluate(): (expr: string, scope: Record<string, number>) => unknown {
  const m = pabrikMathjs();
  const math = m.create(
    {
      evaluateDependencies: m.evaluateDependencies,
      addDependencies: m.addDependencies,
      subtractDependencies: m.subtractDependencies,
      multiplyDependencies: m.multiplyDependencies,
      divideDependencies: m.divideDependencies,
      powDependencies: m.powDependencies,
      unaryMinusDependencies: m.unaryMinusDependencies,
      unaryPlusDependencies: m.unaryPlusDependencies,
    },
    { number: "number" },
  );
  // Keep our own reference, then disable what an expression must never reach.
  const evaluate = math.evaluate;
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
  return evaluate;
}
let evaluateTerbatas: ReturnType<typeof buatEvaluate> | undefined;

/** Evaluates an arithmetic expression over the given variables; throws on anything else. */
export function hitung(expr: string, scope: Record<string, number>): number {
  evaluateTerbatas ??= buatEvaluate();
  const v: unknown = evaluateTerbatas(expr, { ...scope });
  if (typeof v !== "number") throw new Error("bukan angka / not a number");
  return v;
}
