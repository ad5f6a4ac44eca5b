-- CreateEnum
CREATE TYPE "agent_kind" AS ENUM ('CODE', 'MODEL');

-- CreateEnum
CREATE TYPE "agent_version_status" AS ENUM ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED');

-- AlterTable
ALTER TABLE "agents" ADD COLUMN     "capabilities" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "homepage" TEXT,
ADD COLUMN     "invocations" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "kind" "agent_kind" NOT NULL DEFAULT 'CODE',
ADD COLUMN     "license" TEXT NOT NULL DEFAULT 'MIT',
ADD COLUMN     "protocol" TEXT NOT NULL DEFAULT 'nexus',
ADD COLUMN     "readme" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "repository" TEXT;

-- CreateTable
CREATE TABLE "agent_versions" (
    "id" UUID NOT NULL,
    "tenant_id" UUID NOT NULL,
    "agent_id" UUID NOT NULL,
    "version" TEXT NOT NULL,
    "status" "agent_version_status" NOT NULL DEFAULT 'PENDING_REVIEW',
    "manifest" JSONB NOT NULL,
    "readme" TEXT NOT NULL DEFAULT '',
    "integrity" TEXT NOT NULL,
    "blob_key" TEXT NOT NULL,
    "size_bytes" INTEGER NOT NULL,
    "file_count" INTEGER NOT NULL,
    "dependencies" JSONB NOT NULL DEFAULT '{}',
    "report" JSONB NOT NULL,
    "deprecated" TEXT,
    "rejection_reason" TEXT,
    "published_by_id" UUID,
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agent_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent_dist_tags" (
    "tenant_id" UUID NOT NULL,
    "agent_id" UUID NOT NULL,
    "tag" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agent_dist_tags_pkey" PRIMARY KEY ("agent_id","tag")
);

-- CreateTable
CREATE TABLE "agent_reviews" (
    "id" UUID NOT NULL,
    "agent_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agent_reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agent_usage_days" (
    "agent_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "installs" INTEGER NOT NULL DEFAULT 0,
    "invocations" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "agent_usage_days_pkey" PRIMARY KEY ("agent_id","day")
);

-- CreateTable
CREATE TABLE "publishers" (
    "tenant_id" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "auto_approve" BOOLEAN NOT NULL DEFAULT false,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "publishers_pkey" PRIMARY KEY ("tenant_id")
);

-- CreateIndex
CREATE INDEX "agent_versions_tenant_id_idx" ON "agent_versions"("tenant_id");

-- CreateIndex
CREATE INDEX "agent_versions_status_created_at_idx" ON "agent_versions"("status", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "agent_versions_agent_id_version_key" ON "agent_versions"("agent_id", "version");

-- CreateIndex
CREATE INDEX "agent_dist_tags_tenant_id_idx" ON "agent_dist_tags"("tenant_id");

-- CreateIndex
CREATE INDEX "agent_reviews_user_id_idx" ON "agent_reviews"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "agent_reviews_agent_id_user_id_key" ON "agent_reviews"("agent_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "publishers_scope_key" ON "publishers"("scope");

-- AddForeignKey
ALTER TABLE "agent_versions" ADD CONSTRAINT "agent_versions_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_versions" ADD CONSTRAINT "agent_versions_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_dist_tags" ADD CONSTRAINT "agent_dist_tags_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_dist_tags" ADD CONSTRAINT "agent_dist_tags_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_reviews" ADD CONSTRAINT "agent_reviews_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_reviews" ADD CONSTRAINT "agent_reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agent_usage_days" ADD CONSTRAINT "agent_usage_days_agent_id_fkey" FOREIGN KEY ("agent_id") REFERENCES "agents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "publishers" ADD CONSTRAINT "publishers_tenant_id_fkey" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE CASCADE;
