// Tenancy's HTTP endpoints for custom domains: the gateway's internal look-ups and the CA's http-01 fetches.
import express, { type Express, type Request, type Response } from 'express';
import { gatewaySigned } from '../access/internal-route';
import type { Logger } from '@nexus/kernel/logger';
import { createChallengeHandler } from './acme/challenge-handler';
import type { DomainService } from './domain-service';

const hostOf = (req: Request) => (req.body as { host?: unknown } | undefined)?.host;

export function registerDomainRoutes(app: Express, o: { domains: DomainService; contextSecret: string; logger: Logger }): void {
  const json = express.json({ limit: '2kb' });
  const failed = (res: Response, e: unknown) => {
    o.logger.error({ err: e }, 'domain look-up failed');
    res.status(500).json({ ok: false, reason: 'Domain look-up failed.' });
  };

  app.post('/internal/domains/resolve', json, gatewaySigned(o.contextSecret), async (req, res) => {
    try {
      res.json(await o.domains.lookup.resolve(hostOf(req)));
    } catch (e) {
      failed(res, e);
    }
  });

  app.post('/internal/domains/certificate', json, gatewaySigned(o.contextSecret), async (req, res) => {
    try {
      const cert = await o.domains.lookup.certificate(hostOf(req));
      // Private key material: never cached by anything in between.
      res.set('cache-control', 'no-store');
      if (cert) res.json(cert);
      else res.status(404).json({ ok: false, reason: 'No certificate for this host.' });
    } catch (e) {
      failed(res, e);
    }
  });

  // Public: the CA fetches tokens here (through the gateway, which forwards /.well-known/acme-challenge/*).
  const challenge = createChallengeHandler(o.domains.challenges);
  app.get('/.well-known/acme-challenge/:token', (req, res) => challenge(req, res));
}
