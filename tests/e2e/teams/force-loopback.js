// Preloaded with `node -r ./force-loopback.js`: every TCP server this process opens listens on 127.0.0.1 only,
// whatever host the Playground asks for (it binds all interfaces by default; only loopback is allowed here).
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
    if (first.path === undefined) args[0] = { ...first, host: '127.0.0.1' };
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    const callback = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    const backlog = typeof args[2] === 'number' ? args[2] : typeof args[1] === 'number' ? args[1] : undefined;
    args = [Number(first), '127.0.0.1'];
    if (backlog !== undefined) args.push(backlog);
    if (callback) args.push(callback);
  }
  return listen.apply(this, args);
};
