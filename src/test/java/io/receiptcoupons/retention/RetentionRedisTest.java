package io.receiptcoupons.retention;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The retention sweep again in scale-out mode, against a real redis-server. */
@QuarkusTest
@TestProfile(RetentionRedisProfile.class)
class RetentionRedisTest extends RetentionTest {}
