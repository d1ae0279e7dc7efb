import http from 'node:http';

const api = process.env.ARCHON_SERVER_URL ?? 'http://archon-server:8181';

http
  .createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(`<!doctype html><title>Archon</title><p>Knowledge browser (API: ${api})</p>`);
  })
  .listen(3737);
