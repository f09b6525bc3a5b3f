// Writes the prebuilt gene index (dist/genes.idx) from data/lexicon/genes.tsv, and the chemical and disease index
// (dist/mesh.idx) from data/lexicon/chemicals.tsv, diseases.tsv and the stop list. Run by `npm run build` (esbuild.js
// bundles this file to out/build-gene-index.js and runs it); usage: node out/build-gene-index.js [DATA_DIR] [OUT_FILE]
import * as path from 'path';
import { GENE_INDEX_NAME, writeGeneIndex } from '../server/src/geneTableFile';
import { MESH_INDEX_NAME, writeMeshIndex } from '../server/src/meshTableFile';

const root = path.resolve(__dirname, '..');
const dataDir = path.resolve(process.argv[2] ?? path.join(root, 'data'));
const outFile = path.resolve(process.argv[3] ?? path.join(root, 'dist', GENE_INDEX_NAME));
const started = Date.now();
const size = writeGeneIndex(dataDir, outFile);
writeMeshIndex(dataDir, path.join(path.dirname(outFile), MESH_INDEX_NAME));
if (process.argv.includes('--verbose')) {
  process.stdout.write(`${path.relative(root, outFile)}: ${(size / 1048576).toFixed(1)} MB in ${Date.now() - started} ms\n`);
}
