-- A redelivery asked for by an admin is one attempt: when it fails the delivery is failed again
-- instead of restarting the automatic retry schedule.
ALTER TABLE webhook_deliveries ADD COLUMN automatic_retries boolean NOT NULL DEFAULT true;
