// The Redis the cluster tests join their nodes through (KATEB_TEST_REDIS_URL;
// .ci/run starts one). Each test's documents and tokens have random names, so
// tests may share it.
export const TEST_REDIS_URL = process.env.KATEB_TEST_REDIS_URL || "redis://127.0.0.1:6379";
