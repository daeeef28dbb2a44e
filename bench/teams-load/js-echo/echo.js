// Bot Framework JS SDK (botbuilder 4.23) echo bot: the baseline for bench/teams-load.
// Settings come from the environment (see ../README.md). Plain node:http, so the SDK is the only dependency.
'use strict';
const http = require('node:http');
const {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  MessageFactory,
} = require('botbuilder');
const { MicrosoftAppCredentials } = require('botframework-connector');

const port = Number(process.env.PORT || 3979);
const appId = process.env.MicrosoftAppId || '';
const openIdMetadataUrl = process.env.BotOpenIdMetadata || '';

// Inbound: the SDK's own token validation against the given OpenID metadata (issuer api.botframework.com, audience
// = app id, serviceurl claim, endorsements). Outbound: no token, like RecruitBot with an app id and no password;
// the SDK would otherwise ask login.microsoftonline.com, which is not reachable from the benchmark machine.
class NoOutboundTokenFactory extends ConfigurationServiceClientCredentialFactory {
  async createCredentials() {
    return MicrosoftAppCredentials.Empty;
  }
}

const config = { MicrosoftAppId: appId, MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' };
if (openIdMetadataUrl) {
  // Setting any parameterised URL makes the SDK take all of them from configuration, so give the public cloud's.
  Object.assign(config, {
    ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: openIdMetadataUrl,
    ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
    OAuthUrl: 'https://api.botframework.com',
    ValidateAuthority: true,
  });
}
const auth = new ConfigurationBotFrameworkAuthentication(config, appId ? new NoOutboundTokenFactory(config) : undefined);
const adapter = new CloudAdapter(auth);
adapter.onTurnError = async (context, error) => {
  console.error('turn error', error);
};

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}
const bot = new EchoBot();

// CloudAdapter.process wants a parsed body and a restify/express-like response.
function shim(res) {
  return {
    socket: res.socket,
    status(code) { res.statusCode = code; },
    header(name, value) { res.setHeader(name, value); },
    send(body) {
      if (body === undefined) return;
      if (typeof body === 'string' || Buffer.isBuffer(body)) res.write(body);
      else { res.setHeader('Content-Type', 'application/json'); res.write(JSON.stringify(body)); }
    },
    end() { res.end(); },
  };
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    try { req.body = JSON.parse(Buffer.concat(chunks).toString('utf8')); } catch { res.statusCode = 400; res.end(); return; }
    adapter.process(req, shim(res), (context) => bot.run(context)).catch((e) => {
      console.error(e);
      if (!res.headersSent) { res.statusCode = 500; }
      res.end();
    });
  });
});
server.keepAliveTimeout = 65000;
server.listen(port, '127.0.0.1', () => console.log(`js-echo listening on http://127.0.0.1:${port}/api/messages`));
