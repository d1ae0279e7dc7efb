import http from 'node:http';

// MCP over HTTP in front of the Coda REST API; the token comes from the environment.
const port = Number(process.env.PORT ?? 8080);

http
  .createServer((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status":"ok"}');
      return;
    }
    res.writeHead(404);
    res.end();
  })
  .listen(port);
