// Custom domain and certificate rows: tenant-scoped reads and writes, plus the system look-ups before a tenant is known.
import type { Domain, DomainCertificate, DomainStatus } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../db';

export type DomainRow = Domain;
export type CertificateRow = DomainCertificate;
export type DomainWithCertificate = DomainRow & { certificate: CertificateRow | null };
export type { DomainStatus };

const withCertificate = { certificate: true } as const;


export interface CertificateData {
  certificatePem: string;
  privateKeyEnc: Uint8Array<ArrayBuffer>;
  issuer: string;
  notBefore: Date;
  notAfter: Date;
}

export const DomainRepository = {
  list: (tx: Tx, tenantId: string): Promise<DomainWithCertificate[]> =>
    tx.domain.findMany({ where: { tenantId }, include: withCertificate, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  findById: (tx: Tx, id: string): Promise<DomainWithCertificate | null> => tx.domain.findUnique({ where: { id }, include: withCertificate }),
  findByHostname: (tx: Tx, hostname: string): Promise<DomainWithCertificate | null> => tx.domain.findUnique({ where: { hostname }, include: withCertificate }),
  create: (tx: Tx, data: { tenantId: string; hostname: string; verificationToken: string; nextCheckAt: Date }): Promise<DomainWithCertificate> =>
    tx.domain.create({ data, include: withCertificate }),
  update: (tx: Tx, id: string, data: Partial<Pick<DomainRow, 'status' | 'verifiedAt' | 'lastCheckedAt' | 'nextCheckAt' | 'checkAttempts' | 'lastError'>>): Promise<DomainWithCertificate> =>
    tx.domain.update({ where: { id }, data, include: withCertificate }),
  remove: (tx: Tx, id: string) => tx.domain.delete({ where: { id } }),

  /**
   * Moves a domain into ISSUING only if it is still in one of `from`; false when another worker got there first.
   * updatedAt is the claim's time: a row stuck in ISSUING longer than the lease is retried by the job.
   */
  claimForIssue: async (tx: Tx, id: string, from: DomainStatus[]): Promise<boolean> =>
    (await tx.domain.updateMany({ where: { id, status: { in: from } }, data: { status: 'ISSUING', updatedAt: new Date() } })).count === 1,

  saveCertificate: (tx: Tx, domain: Pick<DomainRow, 'id' | 'tenantId'>, data: CertificateData) =>
    tx.domainCertificate.upsert({
      where: { domainId: domain.id },
      create: { tenantId: domain.tenantId, domainId: domain.id, ...data },
      update: { ...data, issuedAt: new Date(), renewAttempts: 0, lastRenewError: null, nextRenewAt: null },
    }),
  updateCertificate: (tx: Tx, domainId: string, data: Partial<Pick<CertificateRow, 'renewAttempts' | 'lastRenewError' | 'nextRenewAt'>>) =>
    tx.domainCertificate.update({ where: { domainId }, data }),

  // --- scheduled job (worker database) ---

  /** PENDING domains whose next DNS check is due. */
  dueChecks: (tx: Tx, now: Date, take: number): Promise<DomainRow[]> =>
    tx.domain.findMany({ where: { status: 'PENDING', nextCheckAt: { lte: now } }, orderBy: { nextCheckAt: 'asc' }, take }),
  /** Verified domains waiting for a certificate: never ordered, failed and due again, or stuck in ISSUING since `staleBefore`. */
  dueIssues: (tx: Tx, now: Date, staleBefore: Date, take: number): Promise<DomainRow[]> =>
    tx.domain.findMany({
      where: {
        OR: [
          { status: 'VERIFIED', OR: [{ nextCheckAt: null }, { nextCheckAt: { lte: now } }] },
          { status: 'FAILED', nextCheckAt: { lte: now } },
          { status: 'ISSUING', updatedAt: { lt: staleBefore } },
        ],
      },
      orderBy: { updatedAt: 'asc' },
      take,
    }),
  /** ACTIVE domains whose certificate expires before `renewBefore` and whose next renewal attempt is due. */
  dueRenewals: (tx: Tx, now: Date, renewBefore: Date, take: number): Promise<DomainWithCertificate[]> =>
    tx.domain.findMany({
      where: { status: 'ACTIVE', certificate: { notAfter: { lte: renewBefore }, OR: [{ nextRenewAt: null }, { nextRenewAt: { lte: now } }] } },
      include: withCertificate,
      take,
    }),
  /** Pushes the next check out so other ticks leave the row alone while this worker handles it. */
  leaseCheck: (tx: Tx, id: string, until: Date) => tx.domain.update({ where: { id }, data: { nextCheckAt: until } }),
  leaseRenewal: (tx: Tx, domainId: string, until: Date) => tx.domainCertificate.update({ where: { domainId }, data: { nextRenewAt: until } }),
  /** Moves a stale ISSUING row's updatedAt forward so only one worker re-claims it. */
  touch: (tx: Tx, id: string) => tx.domain.update({ where: { id }, data: { updatedAt: new Date() } }),
};
