// Puts a file into (or, with --delete, deletes a key from) a bucket on a local S3-compatible
// server, unsigned, as s3rver accepts. Node 18+ only, no packages.
//   node tests/tools/s3rver/put.mjs http://127.0.0.1:4568 news site/world/story.txt ./story.txt
//   node tests/tools/s3rver/put.mjs http://127.0.0.1:4568 news site/world/story.txt --delete
import { readFile } from "node:fs/promises";

const [endpoint, bucket, key, source] = process.argv.slice(2);
if (!endpoint || !bucket || !key || !source) {
  console.error("usage: put.mjs ENDPOINT BUCKET KEY (FILE | --delete)");
  process.exit(2);
}

const url = new URL(`/${bucket}/${key.split("/").map(encodeURIComponent).join("/")}`, endpoint);
const response = source === "--delete"
  ? await fetch(url, { method: "DELETE" })
  : await fetch(url, { method: "PUT", body: await readFile(source) });
if (!response.ok) {
  console.error(`${response.status} ${response.statusText}: ${await response.text()}`);
  process.exit(1);
}
console.log(source === "--delete" ? `deleted ${key}` : `put ${key} ETag ${response.headers.get("etag")}`);
