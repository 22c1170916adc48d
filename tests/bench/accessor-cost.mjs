// `node tests/bench/accessor-cost.mjs`: what it costs in V8 to create an object with an own, enumerable getter (the
// shape of a lazy text in a result), against the same object with plain data fields. docs/performance.md cites it:
// every result carries one such getter per indicator (its reason) and per flag, and three more for the whole report.
const N = 1_000_000;
const ROUNDS = 5;

function measure(fn) {
  for (let i = 0; i < 200_000; i++) fn(i); // warm-up: optimised code
  const times = [];
  for (let r = 0; r < ROUNDS; r++) {
    let sink = 0;
    const start = process.hrtime.bigint();
    for (let i = 0; i < N; i++) sink += fn(i) === null ? 1 : 0;
    times.push(Number(process.hrtime.bigint() - start) / N);
    if (sink > 0) throw new Error("unreachable");
  }
  return times.sort((a, b) => a - b)[ROUNDS >> 1];
}

function get() {
  return `reason ${this.id}`;
}
const DESCRIPTOR = { enumerable: true, configurable: true, get };
const DESCRIPTORS = { reason: DESCRIPTOR, inputs: DESCRIPTOR };
const defineGetter = Object.prototype.__defineGetter__;

class Plain {
  constructor(i) {
    this.id = i;
    this.verdict = "met";
    this.reason = null;
    this.value = i;
    this.threshold = 70;
  }
}
class DefineProperty {
  constructor(i) {
    this.id = i;
    this.verdict = "met";
    Object.defineProperty(this, "reason", DESCRIPTOR);
    this.value = i;
    this.threshold = 70;
  }
}
class DefineGetter {
  constructor(i) {
    this.id = i;
    this.verdict = "met";
    defineGetter.call(this, "reason", get);
    this.value = i;
    this.threshold = 70;
  }
}
class DefineProperties {
  constructor(i) {
    this.id = i;
    this.verdict = "met";
    this.value = i;
    this.threshold = 70;
    Object.defineProperties(this, DESCRIPTORS);
  }
}

const rows = [
  ["plain data fields (no getter)", (i) => new Plain(i)],
  ["one getter, __defineGetter__ (what the library uses)", (i) => new DefineGetter(i)],
  ["one getter, Object.defineProperty", (i) => new DefineProperty(i)],
  ["two getters, Object.defineProperties", (i) => new DefineProperties(i)],
  ["one getter in an object literal", (i) => ({ id: i, verdict: "met", get reason() { return `reason ${this.id}`; }, value: i, threshold: 70 })],
];
console.log(`Node ${process.version}: ns per object (median of ${ROUNDS} × ${N.toLocaleString("en")})`);
for (const [name, fn] of rows) console.log(`${measure(fn).toFixed(1).padStart(7)}  ${name}`);
