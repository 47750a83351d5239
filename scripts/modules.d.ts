// textlint-rule-prh ships no types; the benchmark only passes it to textlint's kernel.
declare module 'textlint-rule-prh' {
  const rule: unknown;
  export default rule;
}
