// The gateway's HTTPS listener for custom domains: picks each handshake's certificate by SNI, same handler as HTTP.
import { createServer, type Server } from 'node:https';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSecureContext, type SecureContext } from 'node:tls';
import type { Logger } from '@nexus/kernel/logger';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { createSelfSignedCertificate } from '@nexus/kernel/crypto/self-signed-certificate';
import { CertificateSource } from '../domains/certificate-source';

export interface TlsServerOptions {
  handler: RequestListener;
  /** Adds graphql-ws (subscriptions over wss://) to the listener; the gateway closes it. */
  websockets?: (server: Server) => void;
  tenancyHttpUrl: string;
  contextSecret: string;
  pubsub: PubSub;
  logger: Logger;
  /** Served for names without a certificate of their own; default: a self-signed one for localhost made at start. */
  defaultCertificate?: { certPem: string; keyPem: string };
  fetch?: typeof fetch;
}

export interface TlsServer {
  server: Server;
  listen(port: number, host?: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

async function defaultCertificate(): Promise<{ certPem: string; keyPem: string }> {
  const made = await createSelfSignedCertificate(['localhost']);
  return { certPem: made.certificatePem, keyPem: made.privateKeyPem };
}

export async function createTlsServer(o: TlsServerOptions): Promise<TlsServer> {
  const fallback = o.defaultCertificate ?? (await defaultCertificate());
  const fallbackContext: SecureContext = createSecureContext({ cert: fallback.certPem, key: fallback.keyPem });
  const certificates = new CertificateSource({ tenancyHttpUrl: o.tenancyHttpUrl, contextSecret: o.contextSecret, pubsub: o.pubsub, logger: o.logger, fetch: o.fetch });

  const server = createServer(
    {
      cert: fallback.certPem,
      key: fallback.keyPem,
      SNICallback: (servername, done) => {
        certificates.contextFor(servername).then(
          (context) => done(null, context ?? fallbackContext),
          (e) => {
            // A tenancy outage must not break handshakes: serve the fallback and let the client decide.
            o.logger.warn({ err: e, servername }, 'could not load the certificate for this name');
            done(null, fallbackContext);
          },
        );
      },
    },
    o.handler,
  );
  o.websockets?.(server);

  return {
    server,
    async listen(port, host = '0.0.0.0') {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const { port: bound } = server.address() as AddressInfo;
      return { port: bound, url: `https://${host === '0.0.0.0' ? 'localhost' : host}:${bound}` };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => (server.listening ? server.close(() => resolve()) : resolve()));
      await certificates.close();
    },
  };
}
