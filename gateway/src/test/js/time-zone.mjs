// The tests read dates in UTC, whatever the machine's zone: set before any formatter is made.
process.env.TZ = 'UTC';
