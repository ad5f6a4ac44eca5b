-- AlterTable
ALTER TABLE "workflow_runs" ADD COLUMN     "retry_of_run_id" UUID;
