/**
 * Loopback stand-ins for the TRTC hosts the connection test checks: an HTTP endpoint (the
 * scheduling host), a WebSocket endpoint (signalling: the RFC 6455 handshake only) and a STUN
 * binding responder (UDP). All on 127.0.0.1; nothing else is ever contacted.
 */
import { createHash } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** The RFC 6455 accept key of a client's `Sec-WebSocket-Key`. */
const acceptKey = (key: string) =>
  createHash('sha1').update(`${key}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');

/** Running stand-ins and their URLs. */
export interface StandIns {
  readonly httpUrl: string;
  readonly wsUrl: string;
  readonly stunUrl: string;
  /** How many requests, upgrades and STUN bindings each got. */
  readonly hits: { http: number; ws: number; stun: number };
  close(): Promise<void>;
}

/** Starts the three stand-ins on random loopback ports. */
export async function startStandIns(): Promise<StandIns> {
  const hits = { http: 0, ws: 0, stun: 0 };
  const http = createServer((_req, res) => {
    hits.http += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  // Upgraded sockets are no longer the server's connections: kept to be ended on close.
  const upgraded = new Set<Duplex>();
  http.on('upgrade', (req, socket) => {
    hits.ws += 1;
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    const key = String(req.headers['sec-websocket-key'] ?? '');
    socket.on('error', () => undefined);
    socket.write(
      'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${acceptKey(key)}\r\n\r\n`,
    );
  });
  await new Promise<void>((done) => http.listen(0, '127.0.0.1', done));
  const { port } = http.address() as AddressInfo;

  // STUN (RFC 5389): answer each Binding Request with the sender's XOR-MAPPED-ADDRESS.
  const stun = createSocket('udp4');
  stun.on('message', (msg, from) => {
    if (msg.length < 20 || msg.readUInt16BE(0) !== 0x0001) return;
    hits.stun += 1;
    const res = Buffer.alloc(32);
    res.writeUInt16BE(0x0101, 0); // Binding Success Response
    res.writeUInt16BE(12, 2);
    msg.copy(res, 4, 4, 20); // magic cookie + transaction id
    res.writeUInt16BE(0x0020, 20); // XOR-MAPPED-ADDRESS
    res.writeUInt16BE(8, 22);
    res.writeUInt16BE(0x0001, 24); // IPv4
    res.writeUInt16BE(from.port ^ 0x2112, 26);
    // A mapped address unlike any host candidate (a documentation address), XORed with the cookie.
    const ip = [203, 0, 113, 7];
    ip.forEach((b, i) => res.writeUInt8(b ^ [0x21, 0x12, 0xa4, 0x42][i]!, 28 + i));
    stun.send(res, from.port, from.address);
  });
  await new Promise<void>((done) => stun.bind(0, '127.0.0.1', done));
  const stunPort = stun.address().port;

  return {
    httpUrl: `http://127.0.0.1:${port}/`,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    stunUrl: `stun:127.0.0.1:${stunPort}`,
    hits,
    close: () =>
      new Promise<void>((done) => {
        stun.close();
        upgraded.forEach((socket) => socket.destroy());
        http.closeAllConnections();
        http.close(() => done());
      }),
  };
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
