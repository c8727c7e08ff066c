// The workflow parser imports its schema as a JSON module without naming the type, as bundlers allow; Node.js 20
// wants the type said: this hook says it for .json files, so the parser runs on Node.js as published.
export async function load(url, context, nextLoad) {
  if (url.endsWith(".json")) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
