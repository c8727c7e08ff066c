// socket-lab: checks the deploy files against the published definitions they must follow, offline:
// a GitHub Actions workflow with GitHub's own workflow parser (@actions/workflow-parser, the schema the Actions
// service and its language server use), a Kubernetes manifest with the API's OpenAPI schemas (kubernetes-models,
// each document by its apiVersion and kind). Prints one JSON line per file: {file, kind, valid, errors, facts},
// the facts being what the grader's tests compare (matrix, steps, completions, args); exits 1 if any is invalid.
//   npm ci --prefix grader/deploy/check && node grader/deploy/check/check.mjs <file>...
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { parse, parseAllDocuments } from "yaml";
import { Job } from "kubernetes-models/batch/v1/Job";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";

register("./json-modules.mjs", import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import("@actions/workflow-parser");
const KINDS = { "batch/v1 Job": Job, "networking.k8s.io/v1 NetworkPolicy": NetworkPolicy };

async function workflow(file, content) {
  const parsed = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((error) => error.message);
  if (errors.length > 0 || !parsed.value) {
    return { kind: "github-workflow", valid: false, errors, facts: {} };
  }
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  const more = (template.errors || []).map((error) => error.Message || error.message || String(error));
  // the facts as written (expressions unexpanded), for the tests to compare
  const jobs = {};
  for (const [id, job] of Object.entries(parse(content).jobs || {})) {
    jobs[id] = { needs: job.needs || [], matrix: (job.strategy && job.strategy.matrix) || null, steps: job.steps || [] };
  }
  return { kind: "github-workflow", valid: more.length === 0, errors: more, facts: { jobs } };
}

function kubernetes(content) {
  const errors = [];
  const documents = [];
  for (const document of parseAllDocuments(content)) {
    document.errors.forEach((error) => errors.push(error.message));
    const object = document.toJS();
    const type = KINDS[`${object.apiVersion} ${object.kind}`];
    if (!type) {
      errors.push(`no schema here for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new type(object).validate();
    } catch (invalid) {
      errors.push(`${object.kind} ${object.metadata && object.metadata.name}: ${invalid.message}`);
    }
    documents.push(object);
  }
  return { kind: "kubernetes", valid: errors.length === 0, errors, facts: { documents } };
}

let allValid = true;
for (const file of process.argv.slice(2)) {
  const content = readFileSync(file, "utf8");
  const result = /^\s*apiVersion:/m.test(content) ? kubernetes(content) : await workflow(file, content);
  allValid &&= result.valid;
  console.log(JSON.stringify({ file, ...result }));
}
process.exit(allValid ? 0 : 1);
